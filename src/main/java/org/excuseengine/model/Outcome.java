package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the customer really paid after the visit. Read by replay metrics only, never by the rules. */
public record Outcome(BigDecimal paid, LocalDate paidOn) {}
