package org.excuseengine.model.fact;

import java.time.LocalDate;

/** Result: a date the engine proposes, on a business day, with the rule that set it and why. */
public record ProposedDate(DateKind kind, LocalDate date, String rule, String detail) implements Reasoned {}
