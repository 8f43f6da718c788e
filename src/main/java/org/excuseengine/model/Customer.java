package org.excuseengine.model;

import java.math.BigDecimal;

/** The customer being visited, with what it owes today. */
public record Customer(String id, String name, CreditRating creditRating, BigDecimal overdueAmount, int overdueDays) {
    public Customer {
        overdueAmount = overdueAmount == null ? BigDecimal.ZERO : overdueAmount;
    }
}
