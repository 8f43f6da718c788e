package org.excuseengine.replay.report;

import java.util.Map;
import org.excuseengine.replay.ScoreSpread;

/**
 * The payment-risk score of the judged commitments, one small histogram per outcome (kept, kept
 * late, partly kept, broken), each bar the share of that outcome's commitments in a decile: a risk
 * score that reads the customer well leans left for the kept and right for the broken. Under it,
 * each outcome's count and mean score.
 */
final class RiskByOutcomeChart {
    private static final int PANEL = 100;
    private static final int GAP = 8;
    private static final int TOP = 8;
    private static final int BOTTOM = 120;

    private RiskByOutcomeChart() {}

    static String chart(ReportSide side) {
        Map<String, ScoreSpread> spreads = side.metrics().riskByOutcome();
        if (spreads == null || spreads.isEmpty()) {
            return "<p class=\"note\">No judged commitment with a risk score.</p>";
        }
        double tallest = 0;
        for (ScoreSpread spread : spreads.values()) {
            for (long count : spread.deciles()) {
                tallest = Math.max(tallest, share(count, spread.visits()));
            }
        }
        Svg svg = new Svg(spreads.size() * (PANEL + GAP), BOTTOM + 34,
                side.key() + ": payment-risk score by decile, for each outcome of the commitment");
        int panel = 0;
        for (Map.Entry<String, ScoreSpread> entry : spreads.entrySet()) {
            panel(svg, side, panel++ * (PANEL + GAP), entry.getKey(), entry.getValue(), tallest);
        }
        return svg + table(side, spreads);
    }

    private static void panel(Svg svg, ReportSide side, double left, String outcome, ScoreSpread spread, double tallest) {
        OutcomePart part = OutcomePart.valueOf(outcome);
        double slot = PANEL / 10.0;
        svg.line(left, BOTTOM, left + PANEL, BOTTOM, "axis");
        for (int i = 0; i < spread.deciles().size(); i++) {
            long count = spread.deciles().get(i);
            double height = tallest == 0 ? 0 : share(count, spread.visits()) / tallest * (BOTTOM - TOP);
            svg.rect(left + i * slot + 1, BOTTOM - height, slot - 2, height, part.cssClass(),
                    Html.metric(side.pointer("riskByOutcome", outcome, "deciles", i), count),
                    part.label + ", risk score " + (i * 10) + "–" + (i == 9 ? 100 : i * 10 + 9) + ": " + Html.count(count));
        }
        svg.text(left, BOTTOM + 12, "0", "start", "tick");
        svg.text(left + PANEL, BOTTOM + 12, "100", "end", "tick");
        svg.text(left + PANEL / 2.0, BOTTOM + 28, part.label, "middle", "label");
    }

    private static String table(ReportSide side, Map<String, ScoreSpread> spreads) {
        StringBuilder out = new StringBuilder("<table class=\"by-outcome\"><thead><tr><th>outcome</th><th>commitments</th>"
                + "<th>mean risk score</th></tr></thead><tbody>");
        spreads.forEach((outcome, spread) -> out.append("<tr><th>")
                .append(Html.escape(OutcomePart.valueOf(outcome).label)).append("</th><td>")
                .append(Html.figure(side.pointer("riskByOutcome", outcome, "visits"), spread.visits(), Html.count(spread.visits())))
                .append("</td><td>")
                .append(Html.figure(side.pointer("riskByOutcome", outcome, "meanScore"), spread.meanScore(),
                        spread.meanScore() == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", spread.meanScore())))
                .append("</td></tr>"));
        return out.append("</tbody></table>").toString();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
