package org.excuseengine.model;

import java.math.BigDecimal;

/**
 * The customer being visited, with what it owes today. {@code overdueAmount} is the part past due;
 * {@code balance}, when given, is the whole receivable including what is not yet due (contract 1.1).
 */
public record Customer(String id, String name, CreditRating creditRating, BigDecimal overdueAmount, int overdueDays,
                       BigDecimal balance) {
    public Customer {
        overdueAmount = overdueAmount == null ? BigDecimal.ZERO : overdueAmount;
    }

    /** A customer whose whole receivable is not known: what it owes is its overdue amount. */
    public Customer(String id, String name, CreditRating creditRating, BigDecimal overdueAmount, int overdueDays) {
        this(id, name, creditRating, overdueAmount, overdueDays, null);
    }

    /** What the customer owes, the cap of every amount asked: the balance when given, else the overdue amount. */
    public BigDecimal owed() {
        return balance != null ? balance : overdueAmount;
    }
}
