package org.excuseengine.cli;

import java.util.stream.Collectors;
import org.excuseengine.engine.Explanation;
import org.excuseengine.model.ScorePoints;

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

        text.append("\nScorecards\n");
        if (explanation.excuses().isEmpty()) {
            text.append("  (no excuse was logged)\n");
        }
        for (Explanation.ExcuseWhy excuse : explanation.excuses()) {
            appendScorecard(text, excuse);
        }
        return text.toString();
    }

    private static void appendScorecard(StringBuilder text, Explanation.ExcuseWhy excuse) {
        text.append("  Excuse ").append(excuse.index()).append(" (").append(excuse.category()).append("): score ")
                .append(excuse.score()).append(", ").append(excuse.verdict()).append('\n');
        for (ScorePoints line : excuse.points()) {
            text.append(String.format("    %+4d  %s: %s%n", line.points(), line.rule(), line.detail()));
        }
        if (!excuse.notApplied().isEmpty()) {
            text.append("    rows that did not apply:\n");
            for (Explanation.RuleNotFired rule : excuse.notApplied()) {
                text.append("      - ").append(rule.rule()).append("  [").append(rule.where()).append("]\n")
                        .append("        needs: ").append(rule.conditions()).append('\n');
            }
        }
    }
}
