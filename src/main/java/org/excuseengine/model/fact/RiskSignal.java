package org.excuseengine.model.fact;

/**
 * Judged: something in the customer's record that bears on whether it will pay, seen by
 * {@code rules/risk/signals.drl}. The risk scorecard sheet turns each signal into points.
 *
 * @param count how much of it (promises, days, percent); 1 where only its presence matters
 */
public record RiskSignal(String code, int count, String detail) {}
