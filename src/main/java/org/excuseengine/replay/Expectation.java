package org.excuseengine.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.RiskLevel;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Verdict;

/**
 * What a visit's assessment should be, as a regression line carries it in its {@code expect}
 * field. Every part is optional; only the parts given are checked. {@code category} and
 * {@code rebuttal} are those of the visit's first excuse; {@code risk} is the payment-risk level;
 * {@code rules} must all have fired.
 */
public record Expectation(Verdict verdict, Category category, EscalationLevel escalation, String rebuttal,
                          Integer followUpInDays, RiskLevel risk, List<String> rules) {

    public Expectation {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The expectation of a visit line, or null when the line has no {@code expect} field. */
    public static Expectation of(JsonNode visitTree, ObjectMapper mapper) {
        JsonNode expect = visitTree.get("expect");
        if (expect == null || expect.isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(expect, Expectation.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String visitId = visitTree.path("visitId").asText(null);
            throw new InvalidVisitException(visitId, "/expect: " + e.getOriginalMessage());
        }
    }

    /** How {@code assessment} differs from this expectation; empty when it meets it. */
    public List<String> mismatches(Assessment assessment) {
        List<String> mismatches = new ArrayList<>();
        ExcuseAssessment first = assessment.excuses().isEmpty() ? null : assessment.excuses().get(0);
        compare(mismatches, "verdict", verdict, assessment.verdict());
        compare(mismatches, "category", category, first == null ? null : first.category());
        compare(mismatches, "escalation", escalation, assessment.escalation().level());
        compare(mismatches, "followUpInDays", followUpInDays, assessment.escalation().followUpInDays());
        compare(mismatches, "risk", risk, assessment.risk() == null ? null : assessment.risk().level());
        compare(mismatches, "rebuttal", rebuttal, first == null || first.rebuttal() == null ? null : first.rebuttal().id());
        for (String rule : rules) {
            if (!assessment.rulesFired().contains(rule)) {
                mismatches.add("rule \"" + rule + "\" did not fire");
            }
        }
        return mismatches;
    }

    private static void compare(List<String> mismatches, String what, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
