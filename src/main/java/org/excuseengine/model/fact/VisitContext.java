package org.excuseengine.model.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The visit itself: its date ("today" for every rule), the collection target and what the customer
 * committed at this visit. Amounts the visit did not give are null.
 */
public record VisitContext(String visitId, LocalDate date, BigDecimal target, BigDecimal committed,
                           LocalDate committedBy) {

    public boolean hasTarget() {
        return target != null;
    }

    public boolean hasCommitment() {
        return committed != null;
    }

    /** The first day of the window of {@code days} days that ends today. */
    public LocalDate daysAgo(int days) {
        return date.minusDays(days);
    }
}
