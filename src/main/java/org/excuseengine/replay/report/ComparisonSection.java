package org.excuseengine.replay.report;

import java.util.Map;
import org.excuseengine.replay.ComparisonReport;

/**
 * Champion against challenger: how many visits moved and where to (a bar per change of verdict
 * and of escalation level), and the sample of moved visits with both explanations side by side.
 */
final class ComparisonSection {
    private static final int WIDTH = 640;
    private static final int LABEL = 240;
    private static final int ROW = 24;

    private ComparisonSection() {}

    static String section(ComparisonReport comparison) {
        StringBuilder out = new StringBuilder();
        out.append("<p>").append(Html.figure(Html.pointer("comparison", "compared"), comparison.compared(),
                        Html.count(comparison.compared())))
                .append(" visits compared; ").append(Html.figure(Html.pointer("comparison", "changed"), comparison.changed(),
                        Html.count(comparison.changed())))
                .append(" moved: ").append(Html.figure(Html.pointer("comparison", "verdictChanged"), comparison.verdictChanged(),
                        Html.count(comparison.verdictChanged())))
                .append(" changed verdict; the challenger escalates ")
                .append(Html.figure(Html.pointer("comparison", "escalationRaised"), comparison.escalationRaised(),
                        Html.count(comparison.escalationRaised())))
                .append(" higher and ")
                .append(Html.figure(Html.pointer("comparison", "escalationLowered"), comparison.escalationLowered(),
                        Html.count(comparison.escalationLowered())))
                .append(" lower.</p>");
        if (!comparison.verdictChanges().isEmpty() || !comparison.escalationChanges().isEmpty()) {
            out.append("<div class=\"chart-box\">").append(changes(comparison)).append("</div>");
        }
        if (!comparison.sample().isEmpty()) {
            out.append("<h3>A sample of the visits that moved (").append(comparison.sample().size())
                    .append("), with both explanations</h3>");
            comparison.sample().forEach(visit -> out.append(visit(visit)));
        }
        return out.toString();
    }

    private static String changes(ComparisonReport comparison) {
        int rows = comparison.verdictChanges().size() + comparison.escalationChanges().size();
        long most = Math.max(1, java.util.stream.Stream.concat(comparison.verdictChanges().values().stream(),
                comparison.escalationChanges().values().stream()).mapToLong(Long::longValue).max().orElse(1));
        Svg svg = new Svg(WIDTH, ROW * rows + 8, "visits that moved, by change of verdict and of escalation level");
        int y = 4;
        y = bars(svg, y, most, comparison.verdictChanges(), "verdictChanges", "verdict ", "moved-verdict");
        bars(svg, y, most, comparison.escalationChanges(), "escalationChanges", "escalation ", "moved-escalation");
        return svg.toString();
    }

    private static int bars(Svg svg, int y, long most, Map<String, Long> changes, String field, String prefix, String cssClass) {
        for (Map.Entry<String, Long> change : changes.entrySet()) {
            double w = (WIDTH - LABEL - 70) * (double) change.getValue() / most;
            svg.text(LABEL - 8, y + 14, prefix + change.getKey(), "end", "label");
            svg.rect(LABEL, y + 2, w, ROW - 8, cssClass, Html.metric(Html.pointer("comparison", field, change.getKey()),
                    change.getValue()), prefix + change.getKey() + ": " + Html.count(change.getValue()) + " visits");
            svg.text(LABEL + w + 6, y + 14, Html.count(change.getValue()), "start", "note");
            y += ROW;
        }
        return y;
    }

    private static String visit(ComparisonReport.ChangedVisit visit) {
        StringBuilder out = new StringBuilder("<article class=\"moved\"><h4>");
        out.append(Html.escape(visit.visitId()));
        if (visit.customerName() != null) {
            out.append(" · <span class=\"customer\">").append(Html.escape(visit.customerName())).append("</span>");
        }
        if (visit.customer() != null) {
            out.append(" <span class=\"note\">(").append(Html.escape(visit.customer())).append(")</span>");
        }
        out.append(" <span class=\"note\">line ").append(visit.line()).append(", commitment then ")
                .append(Html.escape(visit.describeOutcome())).append("</span></h4>");
        for (String excuse : visit.excuses()) {
            out.append("<blockquote>").append(Html.escape(excuse)).append("</blockquote>");
        }
        out.append("<div class=\"sides\">").append(side("champion", visit.champion()))
                .append(side("challenger", visit.challenger())).append("</div></article>");
        return out.toString();
    }

    private static String side(String name, ComparisonReport.Side side) {
        StringBuilder out = new StringBuilder("<div class=\"side side-").append(name).append("\"><h5>").append(name).append(": ")
                .append(side.verdict()).append(side.score() == null ? "" : " (score " + side.score() + ")").append(", ")
                .append(side.escalation()).append(", follow up in ").append(side.followUpInDays()).append(" day(s)</h5>");
        if (side.rebuttal() != null) {
            out.append("<p class=\"rebuttal\"").append(side.rebuttalLang() == null ? "" : " lang=\"" + Html.escape(side.rebuttalLang()) + "\"")
                    .append('>').append(Html.escape(side.rebuttal())).append("</p>");
        }
        out.append("<ul>");
        side.reasons().forEach(reason -> out.append("<li>").append(Html.escape(reason)).append("</li>"));
        return out.append("</ul></div>").toString();
    }
}
