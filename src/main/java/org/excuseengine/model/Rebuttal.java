package org.excuseengine.model;

/** The answer the salesperson should give, in the customer's language. */
public record Rebuttal(String id, String lang, String text) {}
