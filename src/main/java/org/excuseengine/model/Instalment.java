package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One dated payment of a proposed payment plan. */
public record Instalment(LocalDate due, BigDecimal amount) {}
