package org.excuseengine.model.fact;

/**
 * How long a claim for goods sold can be enforced in a region, the law that says so, what interrupts
 * it, and how many days before its end to warn (sheets/limitation.drl.csv).
 */
public record LimitationPeriod(String region, int years, int warnDaysBefore, String statute, String interruptedBy,
                               String rule) {}
