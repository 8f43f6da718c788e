package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A promise to pay made at an earlier visit, and what was paid against it by its due date. */
public record Promise(LocalDate made, LocalDate due, BigDecimal amount, BigDecimal paid) {
    public Promise {
        paid = paid == null ? BigDecimal.ZERO : paid;
    }
}
