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
 * field. Every part is optional; only the parts given are checked. {@code category},
 * {@code rebuttal} and {@code says} are those of the visit's first excuse ({@code says}: words its
 * rebuttal text contains); {@code risk} is the payment-risk level; {@code rules} must all have
 * fired; {@code negotiation} lists amounts and dates of the assessment's negotiation ({@code owed},
 * {@code disputed}, {@code setAside}, {@code undisputed}, {@code expected}, {@code openingAsk},
 * {@code firstTranche}, {@code firstDue}, {@code plan}) that must be as given, a {@code null}
 * meaning absent.
 */
public record Expectation(Verdict verdict, Category category, EscalationLevel escalation, String rebuttal,
                          Integer followUpInDays, RiskLevel risk, List<String> rules, String says, JsonNode negotiation) {

    private static final ObjectMapper NEGOTIATION_WRITER = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public Expectation {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public Expectation(Verdict verdict, Category category, EscalationLevel escalation, String rebuttal,
                       Integer followUpInDays, List<String> rules) {
        this(verdict, category, escalation, rebuttal, followUpInDays, null, rules, null, null);
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
        if (says != null) {
            String text = first == null || first.rebuttal() == null ? "" : first.rebuttal().text();
            if (!text.contains(says)) {
                mismatches.add("rebuttal text: expected it to say \"" + says + "\", got \"" + text + "\"");
            }
        }
        if (negotiation != null) {
            compareNegotiation(mismatches, NEGOTIATION_WRITER.valueToTree(assessment.negotiation()));
        }
        for (String rule : rules) {
            if (!assessment.rulesFired().contains(rule)) {
                mismatches.add("rule \"" + rule + "\" did not fire");
            }
        }
        return mismatches;
    }

    private void compareNegotiation(List<String> mismatches, JsonNode actual) {
        negotiation.fields().forEachRemaining(field -> {
            JsonNode got = actual.path(field.getKey());
            if (!sameValue(field.getValue(), got)) {
                mismatches.add("negotiation." + field.getKey() + ": expected " + field.getValue() + ", got "
                        + (got.isMissingNode() ? "null" : got));
            }
        });
    }

    /** Equal JSON, numbers compared by value (120000 and 120000.0 are the same amount). */
    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual.isNull() || actual.isMissingNode();
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isContainerNode() && actual.isContainerNode()) {
            if (expected.isArray()) {
                if (expected.size() != actual.size()) {
                    return false;
                }
                for (int i = 0; i < expected.size(); i++) {
                    if (!sameValue(expected.get(i), actual.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            var names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!sameValue(expected.get(name), actual.path(name))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    private static void compare(List<String> mismatches, String what, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
        }
    }
}
