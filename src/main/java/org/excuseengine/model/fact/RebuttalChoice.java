package org.excuseengine.model.fact;

/** Result: the rebuttal (by id, in {@code rules/rebuttals}) to give to one excuse. */
public record RebuttalChoice(int excuseIndex, String rebuttalId, String rule) {}
