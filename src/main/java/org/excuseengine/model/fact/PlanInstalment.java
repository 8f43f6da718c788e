package org.excuseengine.model.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Result: one instalment of a proposed payment plan, numbered from 1; the instalments of a plan add
 * up to the expected settlement and fall on business days.
 */
public record PlanInstalment(int number, LocalDate due, BigDecimal amount, String rule, String detail) implements Reasoned {}
