package org.excuseengine.model.fact;

import org.excuseengine.model.EscalationLevel;

/**
 * Result: one escalation rule's demand. The visit's escalation is the highest level and the
 * shortest follow-up of all steps, so a rule can only ever tighten the follow-up.
 */
public record EscalationStep(EscalationLevel level, int followUpInDays, String action, String rule, String detail) {}
