package org.excuseengine.model.fact;

/**
 * Result: a local way to pay a plan's instalments that the rebuttals may offer ({@code instrument}:
 * {@code cheque} for post-dated cheques, {@code acceptance} for bank acceptance bills), with its risk
 * for the salesperson.
 */
public record InstrumentOption(String instrument, String rule, String detail) implements Reasoned {}
