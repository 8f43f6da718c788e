package org.excuseengine.model.fact;

import java.math.BigDecimal;

/**
 * Derived: the customer's payments in the last {@code windowDays} days: how many, how much in all,
 * the largest single one, and in how many distinct months of the window it paid something.
 */
public record PaymentRecord(int windowDays, int count, BigDecimal total, BigDecimal largest, int monthsPaid) {}
