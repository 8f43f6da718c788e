package org.excuseengine.cli;

import java.util.stream.Collectors;
import org.excuseengine.engine.Explanation;

/** An {@link Explanation} as text for a rule author at a terminal. */
final class ExplainReport {
    private ExplainReport() {}

    static String of(Explanation explanation) {
        StringBuilder text = new StringBuilder();
        text.append("Explanation of visit ").append(explanation.assessment().visitId())
                .append(" (rules version ").append(explanation.assessment().rulesVersion()).append(")\n");

        text.append("\nDerived facts\n");
        if (explanation.derivedFacts().isEmpty()) {
            text.append("  (none)\n");
        }
        explanation.derivedFacts().forEach(fact -> text.append("  ").append(fact).append('\n'));

        text.append("\nRules fired, in order\n");
        for (Explanation.Firing firing : explanation.firings()) {
            text.append(String.format("  %3d. %s", firing.order(), firing.rule()));
            if (!firing.where().isEmpty()) {
                text.append("  [").append(firing.where()).append(']');
            }
            text.append('\n');
            if (!firing.figures().isEmpty()) {
                text.append("       figures: ").append(firing.figures().entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "))).append('\n');
            }
            firing.reasons().forEach(reason -> text.append("       reason:  ").append(reason).append('\n'));
        }

        text.append("\nWhy not the other verdicts\n");
        if (explanation.excuses().isEmpty()) {
            text.append("  (no excuse was logged)\n");
        }
        for (Explanation.ExcuseWhy excuse : explanation.excuses()) {
            text.append("  Excuse ").append(excuse.index()).append(" (").append(excuse.category()).append("): ")
                    .append(excuse.verdict()).append('\n');
            for (Explanation.OtherVerdict other : excuse.otherVerdicts()) {
                appendOther(text, other);
            }
        }
        return text.toString();
    }

    private static void appendOther(StringBuilder text, Explanation.OtherVerdict other) {
        text.append("    not ").append(other.verdict()).append(": ");
        if (!other.outweighed().isEmpty()) {
            text.append("outweighed, the least credible finding decides\n");
            other.outweighed().forEach(finding -> text.append("      - ").append(finding).append('\n'));
        } else if (other.notFired().isEmpty()) {
            text.append("no credibility rule can find this category ").append(other.verdict()).append('\n');
        } else {
            text.append("no rule found it; these could have and did not fire\n");
            for (Explanation.RuleNotFired rule : other.notFired()) {
                text.append("      - ").append(rule.rule()).append("  [").append(rule.where()).append("]\n")
                        .append("        needs: ").append(rule.conditions()).append('\n');
            }
        }
    }
}
