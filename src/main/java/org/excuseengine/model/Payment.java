package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received from the customer. */
public record Payment(LocalDate date, BigDecimal amount) {}
