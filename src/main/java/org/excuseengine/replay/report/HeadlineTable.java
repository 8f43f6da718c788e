package org.excuseengine.replay.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.excuseengine.replay.MetricsReport;

/** The headline figures, one column per rule set: the numbers a sales manager reads first. */
final class HeadlineTable {
    private HeadlineTable() {}

    static String table(List<ReportSide> sides) {
        StringBuilder out = new StringBuilder("<table class=\"headline\"><thead><tr><th></th>");
        sides.forEach(side -> out.append("<th class=\"side-").append(side.key()).append("\">").append(side.key()).append("</th>"));
        out.append("</tr></thead><tbody>");
        row(out, sides, "visits assessed", r -> r.visits(), Count.COUNT, "visits");
        row(out, sides, "without a commitment", MetricsReport::withoutCommitment, Count.COUNT, "withoutCommitment");
        row(out, sides, "commitment outcome unknown", MetricsReport::outcomeUnknown, Count.COUNT, "outcomeUnknown");
        row(out, sides, "commitment outcome known", r -> r.commitments().judged(), Count.COUNT, "commitments", "judged");
        row(out, sides, "promise-to-pay kept in full", r -> r.commitments().keptShare(), Count.PERCENT, "commitments", "keptShare");
        row(out, sides, "partly kept", r -> r.commitments().partialShare(), Count.PERCENT, "commitments", "partialShare");
        row(out, sides, "broken", r -> r.commitments().brokenShare(), Count.PERCENT, "commitments", "brokenShare");
        row(out, sides, "amount committed", r -> r.commitments().committed(), Count.MONEY, "commitments", "committed");
        row(out, sides, "collected by the due date", r -> r.commitments().collected(), Count.MONEY, "commitments", "collected");
        row(out, sides, "collected / committed", r -> r.commitments().collectedShare(), Count.PERCENT, "commitments", "collectedShare");
        if (sides.stream().allMatch(side -> side.metrics().commitments().withLateDays() != null)) {
            lateRows(out, sides);
        }
        row(out, sides, "NOT_CREDIBLE → broken: precision", r -> r.notCredibleForBroken().precision(), Count.PERCENT,
                "notCredibleForBroken", "precision");
        row(out, sides, "recall", r -> r.notCredibleForBroken().recall(), Count.PERCENT, "notCredibleForBroken", "recall");
        row(out, sides, "NOT_CREDIBLE → not kept: precision", r -> r.notCredibleForNotKept().precision(), Count.PERCENT,
                "notCredibleForNotKept", "precision");
        row(out, sides, "recall", r -> r.notCredibleForNotKept().recall(), Count.PERCENT, "notCredibleForNotKept", "recall");
        row(out, sides, "CREDIBLE / NOT_CREDIBLE verdicts borne out", r -> r.verdictRight().rightShare(), Count.PERCENT,
                "verdictRight", "rightShare");
        row(out, sides, "credibility score AUC, genuine excuses", r -> r.credibilityForGenuine().auc(), Count.AUC,
                "credibilityForGenuine", "auc");
        row(out, sides, "risk score AUC, broken commitments", r -> r.riskForBroken().auc(), Count.AUC, "riskForBroken", "auc");
        out.append("<tr><th>rules that never fired</th>");
        sides.forEach(side -> out.append("<td>").append(Html.count(side.metrics().neverFired().size())).append("</td>"));
        out.append("</tr></tbody></table>");
        return out.toString();
    }

    /** The same commitments once the late days after their due dates were over. */
    private static void lateRows(StringBuilder out, List<ReportSide> sides) {
        int days = sides.get(0).metrics().commitments().withLateDays().lateDays();
        row(out, sides, "kept late, in full within " + days + " days", r -> r.commitments().withLateDays().keptLateShare(),
                Count.PERCENT, "commitments", "withLateDays", "keptLateShare");
        row(out, sides, "collected with the " + days + " late days", r -> r.commitments().withLateDays().collected(),
                Count.MONEY, "commitments", "withLateDays", "collected");
        row(out, sides, "with the late days / committed", r -> r.commitments().withLateDays().collectedShare(), Count.PERCENT,
                "commitments", "withLateDays", "collectedShare");
    }

    /** How a figure is shown. */
    enum Count { COUNT, PERCENT, AUC, MONEY }

    private static void row(StringBuilder out, List<ReportSide> sides, String label, Function<MetricsReport, Object> value,
                            Count format, Object... path) {
        out.append("<tr><th>").append(Html.escape(label)).append("</th>");
        for (ReportSide side : sides) {
            Object figure = value.apply(side.metrics());
            out.append("<td>").append(Html.figure(side.pointer(path), figure, shown(figure, format))).append("</td>");
        }
        out.append("</tr>");
    }

    private static String shown(Object figure, Count format) {
        return switch (format) {
            case COUNT -> Html.count((Long) figure);
            case PERCENT -> Html.percent((Double) figure);
            case AUC -> Html.auc((Double) figure);
            case MONEY -> Html.count(((BigDecimal) figure).setScale(0, RoundingMode.HALF_UP).longValueExact());
        };
    }
}
