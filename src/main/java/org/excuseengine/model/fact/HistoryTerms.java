package org.excuseengine.model.fact;

import java.math.BigDecimal;

/**
 * Derived from the history-terms sheet: how this customer's promises are graded.
 *
 * @param graceDays days after the due date in which a payment still counts as on time (money in transit)
 * @param lateDays  days after the grace days in which a payment still counts, as kept late
 * @param keptShare share of the promised amount that counts as paid in full, e.g. 0.98
 */
public record HistoryTerms(int graceDays, int lateDays, BigDecimal keptShare) {}
