package org.excuseengine.model;

import java.util.List;

/**
 * The engine's answer for one visit (contract version 1). The visit's verdict is the least credible
 * of its excuses' verdicts, or {@link Verdict#NONE} when no excuse was logged; then {@code score}
 * is null. {@code gap} is null unless the visit had both a target and a commitment. {@code risk}
 * (contract version 1.1) is the customer's payment risk, judged from its record apart from the
 * credibility of what it said.
 */
public record Assessment(
        String visitId,
        Verdict verdict,
        Integer score,
        Risk risk,
        List<ExcuseAssessment> excuses,
        Escalation escalation,
        Gap gap,
        Negotiation negotiation,
        List<String> rulesFired,
        String rulesVersion) {

    public Assessment {
        excuses = List.copyOf(excuses);
        rulesFired = List.copyOf(rulesFired);
    }
}
