package org.excuseengine.model.fact;

/** Derived: how many earlier visits in the last {@code windowDays} days heard the same kind of excuse. */
public record TimesHeard(int excuseIndex, int windowDays, int times) {}
