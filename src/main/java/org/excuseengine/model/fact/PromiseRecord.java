package org.excuseengine.model.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Derived: how the customer's promises that fell due in the last {@code windowDays} days turned
 * out, and how much of what they promised was paid. A window with no promise is no record at all,
 * not a clean one.
 */
public record PromiseRecord(int windowDays, int kept, int keptLate, int partial, int broken, BigDecimal promised,
                            BigDecimal settled) {
    public int total() {
        return kept + keptLate + partial + broken;
    }

    /** At least one promise fell due, and none was broken or paid only in part (kept late is still kept). */
    public boolean clean() {
        return total() > 0 && partial == 0 && broken == 0;
    }

    /** Percent of the promised amount that was paid, 0 to 100 (0 when nothing was promised). */
    public int paidPercent() {
        if (promised.signum() == 0) {
            return 0;
        }
        return settled.min(promised).multiply(BigDecimal.valueOf(100)).divide(promised, 0, RoundingMode.DOWN).intValue();
    }
}
