package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the customer committed to pay at this visit, and by when. */
public record Commitment(BigDecimal amount, LocalDate due) {}
