package org.excuseengine.model.fact;

import java.math.BigDecimal;

/** Result: one amount of the visit's amount model, with the rule that set it and why. */
public record MoneyFigure(MoneyKind kind, BigDecimal amount, String rule, String detail) implements Reasoned {}
