package org.excuseengine.model.fact;

import java.time.LocalDate;

/**
 * Derived: a payment plan agreed on {@code made} (two or more promises made that day) of which the
 * instalment due on {@code due} was not paid in full.
 */
public record BrokenPlan(LocalDate made, LocalDate due, PromiseStatus status) {}
