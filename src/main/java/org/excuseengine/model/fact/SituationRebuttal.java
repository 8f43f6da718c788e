package org.excuseengine.model.fact;

/**
 * Result: a rebuttal that answers the excuse's situation (a missing invoice, an approver away, a
 * disputed amount, evidence shown at the visit) more exactly than its category's rebuttal; the
 * assessment gives it instead of the {@link RebuttalChoice}.
 */
public record SituationRebuttal(int excuseIndex, String rebuttalId, String rule) {}
