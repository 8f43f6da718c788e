package org.excuseengine.model.fact;

import java.math.BigDecimal;

/** Result: the distance between the collection target and the customer's commitment. */
public record TargetGap(BigDecimal target, BigDecimal committed, BigDecimal gap, String rule) {
    public boolean open() {
        return gap.signum() > 0;
    }
}
