package org.excuseengine.replay.report;

import java.util.Map;
import org.excuseengine.model.Verdict;
import org.excuseengine.replay.LateOutcomes;
import org.excuseengine.replay.MetricsReport;

/**
 * Results by hidden customer profile (journals that name one): how each kind of customer's visits
 * were judged, as a small stacked bar of verdicts, what it paid and how well the scores separate
 * within it. A reliable payer should be mostly green, a chronic staller mostly red.
 */
final class ProfileTable {
    private static final int BAR_WIDTH = 220;

    private ProfileTable() {}

    static String table(ReportSide side) {
        StringBuilder out = new StringBuilder("<table class=\"profiles\"><thead><tr><th>profile</th><th>visits</th>"
                + "<th>verdicts of its visits</th><th>kept in full</th><th>kept late</th><th>credibility AUC</th><th>risk AUC</th></tr></thead><tbody>");
        for (Map.Entry<String, MetricsReport.ProfileOutcomes> entry : side.metrics().byProfile().entrySet()) {
            MetricsReport.ProfileOutcomes profile = entry.getValue();
            String name = entry.getKey();
            long visits = profile.outcomes().visits();
            out.append("<tr><th>").append(Html.escape(name)).append("</th><td>")
                    .append(Html.figure(side.pointer("byProfile", name, "outcomes", "visits"), visits, Html.count(visits)))
                    .append("</td><td>").append(verdictBar(side, name, profile, visits)).append("</td><td>")
                    .append(Html.figure(side.pointer("byProfile", name, "outcomes", "keptShare"), profile.outcomes().keptShare(),
                            Html.percent(profile.outcomes().keptShare())))
                    .append("</td><td>").append(keptLate(side, name, profile.outcomes().withLateDays()))
                    .append("</td><td>")
                    .append(Html.figure(side.pointer("byProfile", name, "credibilityForGenuine", "auc"),
                            profile.credibilityForGenuine().auc(), Html.auc(profile.credibilityForGenuine().auc())))
                    .append("</td><td>")
                    .append(Html.figure(side.pointer("byProfile", name, "riskForBroken", "auc"),
                            profile.riskForBroken().auc(), Html.auc(profile.riskForBroken().auc())))
                    .append("</td></tr>");
        }
        out.append("</tbody></table>");
        return out.toString();
    }

    private static String keptLate(ReportSide side, String name, LateOutcomes late) {
        if (late == null) {
            return Html.percent(null);
        }
        return Html.figure(side.pointer("byProfile", name, "outcomes", "withLateDays", "keptLateShare"), late.keptLateShare(),
                Html.percent(late.keptLateShare()));
    }

    private static String verdictBar(ReportSide side, String name, MetricsReport.ProfileOutcomes profile, long visits) {
        Svg svg = new Svg(BAR_WIDTH, 16, name + ": verdicts of its visits");
        double x = 0;
        for (Verdict verdict : Verdict.values()) {
            long n = profile.verdicts().getOrDefault(verdict, 0L);
            double w = visits == 0 ? 0 : BAR_WIDTH * (double) n / visits;
            String metric = profile.verdicts().containsKey(verdict)
                    ? Html.metric(side.pointer("byProfile", name, "verdicts", verdict.name()), n) : null;
            svg.rect(x, 0, w, 16, "verdict-" + verdict.name(), metric, verdict.name() + ": " + Html.count(n) + " visits");
            x += w;
        }
        return svg.toString();
    }

    /** The key to the verdict colours, shown once above the tables. */
    static String legend() {
        StringBuilder out = new StringBuilder("<p class=\"legend\">");
        for (Verdict verdict : Verdict.values()) {
            out.append("<span class=\"swatch verdict-").append(verdict.name()).append("\"></span>").append(verdict.name()).append(' ');
        }
        return out.append("</p>").toString();
    }
}
