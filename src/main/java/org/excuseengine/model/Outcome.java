package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the customer really paid after the visit. Read by replay metrics only, never by the rules.
 *
 * @param paid     what was paid against the commitment by its due date
 * @param paidOn   the day of the last of those payments, or null
 * @param paidLate what was paid against it after the due date, within the late days a journal
 *                 replay counts (30); null when not known, as in a snapshot written before the
 *                 field existed
 */
public record Outcome(BigDecimal paid, LocalDate paidOn, BigDecimal paidLate) {

    /** An outcome with nothing known of late payments. */
    public Outcome(BigDecimal paid, LocalDate paidOn) {
        this(paid, paidOn, null);
    }
}
