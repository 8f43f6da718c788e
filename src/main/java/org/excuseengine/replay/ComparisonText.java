package org.excuseengine.replay;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a {@link ComparisonReport}: what changed between champion and challenger, and a sample of changed visits. */
final class ComparisonText {
    private ComparisonText() {}

    static void print(ComparisonReport report, PrintWriter out) {
        out.printf("Champion vs challenger: %s visits compared, %s changed (%s)%n",
                MetricsTable.count(report.compared()), MetricsTable.count(report.changed()),
                MetricsTable.percent(Outcomes.share(report.changed(), report.compared())));
        if (report.onlyOneAssessed() > 0) {
            out.printf("  %s visits assessed by one side only%n", MetricsTable.count(report.onlyOneAssessed()));
        }
        out.printf("  verdict changed:    %s%s%n", MetricsTable.count(report.verdictChanged()), changes(report.verdictChanges()));
        out.printf("  escalation raised:  %s, lowered: %s%s%n", MetricsTable.count(report.escalationRaised()),
                MetricsTable.count(report.escalationLowered()), changes(report.escalationChanges()));
        if (report.sample().isEmpty()) {
            return;
        }
        out.printf("%nSample of changed visits (%d):%n", report.sample().size());
        for (ComparisonReport.ChangedVisit visit : report.sample()) {
            out.printf("  %s (line %d), commitment then %s%n", visit.visitId(), visit.line(),
                    visit.describeOutcome());
            side(out, "champion:  ", visit.champion());
            side(out, "challenger:", visit.challenger());
        }
    }

    private static void side(PrintWriter out, String label, ComparisonReport.Side side) {
        out.printf("    %s %s%s, %s, follow up in %d day(s)%n", label, side.verdict(),
                side.score() == null ? "" : " (score " + side.score() + ")", side.escalation(), side.followUpInDays());
        side.reasons().forEach(reason -> out.println("        - " + reason));
    }

    private static String changes(Map<String, Long> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        return changes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(change -> change.getKey() + " " + MetricsTable.count(change.getValue()))
                .collect(Collectors.joining(", ", "   (", ")"));
    }
}
