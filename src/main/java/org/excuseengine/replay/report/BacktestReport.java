package org.excuseengine.replay.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.excuseengine.replay.LateOutcomes;
import org.excuseengine.replay.ReplayMetrics;

/**
 * The report of a replay or backtest as one HTML file that opens anywhere without a network: its
 * styles inlined, its charts SVG, no script. It is drawn from the same {@link ReplayMetrics} the
 * metrics file is written from, and every figure carries its place in that file (see
 * {@link Html#metric}), so the two agree by construction and can be checked against each other.
 */
public final class BacktestReport {
    private final ReplayMetrics metrics;
    private final String source;
    private final List<ReportSide> sides = new ArrayList<>();

    /** {@code source} names what was replayed (a file name), shown in the title. */
    public BacktestReport(ReplayMetrics metrics, String source) {
        this.metrics = metrics;
        this.source = source;
        sides.add(new ReportSide("champion", metrics.champion()));
        if (metrics.challenger() != null) {
            sides.add(new ReportSide("challenger", metrics.challenger()));
        }
    }

    public void write(Writer out) throws IOException {
        out.write(html());
        out.flush();
    }

    String html() {
        StringBuilder page = new StringBuilder(64 * 1024);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Backtest report: ").append(Html.escape(source)).append("</title><style>")
                .append(stylesheet()).append("</style></head><body><header><h1>Backtest report</h1><p class=\"note\">")
                .append(Html.escape(source)).append(" · rules ").append(Html.escape(metrics.champion().rulesVersion()));
        if (metrics.challenger() != null) {
            page.append(" (champion) against ").append(Html.escape(metrics.challenger().rulesVersion())).append(" (challenger)");
        }
        page.append(". Every figure here is in the metrics file of the same run (<code>--metrics</code>).</p></header>");
        section(page, "headline", "Headline", HeadlineTable.table(sides));
        section(page, "verdicts", "Commitments by verdict",
                "<p>" + Html.escape(verdictsByOutcome(metrics.champion().commitments().withLateDays())) + "</p>"
                        + sideBySide(VerdictOutcomeBars::chart));
        scores(page, ScoreKind.RISK, "the payment-risk score of visits whose commitment was broken, against the others");
        scores(page, ScoreKind.CREDIBILITY, "the credibility score of genuine excuses (hidden intent GENUINE), against stalls and leverage");
        if (sides.stream().anyMatch(side -> !side.metrics().byProfile().isEmpty())) {
            section(page, "profiles", "By hidden customer profile", ProfileTable.legend() + sideBySide(ProfileTable::table));
        }
        section(page, "rules", "Rules: how often they fired, and how often the verdict was right",
                "<p>Kept: the share of the known commitments kept in full on the visits a rule fired on. Verdict right: "
                        + "of those visits judged CREDIBLE or NOT_CREDIBLE with a known outcome, the share where a CREDIBLE "
                        + "commitment was kept in full or a NOT_CREDIBLE one was not.</p>" + RuleTable.table(sides) + neverFired());
        if (metrics.comparison() != null) {
            section(page, "comparison", "Champion and challenger", ComparisonSection.section(metrics.comparison()));
        }
        return page.append("</body></html>\n").toString();
    }

    private void scores(StringBuilder page, ScoreKind kind, String what) {
        String id = kind.field();
        if (sides.stream().noneMatch(kind::measured)) {
            section(page, id, kind.title(), "<p class=\"note\">Not measured in this run: it needs " + Html.escape(what)
                    + ", and the input has too few of one kind.</p>");
            return;
        }
        section(page, id, kind.title() + ": " + kind.positives() + " against " + kind.negatives(),
                "<p>How well it separates " + Html.escape(what) + ".</p>"
                        + sideBySide(side -> kind.measured(side) ? ScoreDistribution.chart(side, kind) : "")
                        + (kind == ScoreKind.RISK ? riskByOutcome() : "")
                        + "<div class=\"row\"><div class=\"chart-box\"><h3>ROC curve</h3>" + RocChart.chart(sides, kind)
                        + "</div><div class=\"chart-box\"><h3>Calibration by decile</h3>" + CalibrationChart.chart(sides, kind)
                        + "</div></div>");
    }

    private String riskByOutcome() {
        return "<p>The same score for each outcome of the commitment: the share of that outcome's commitments in each "
                + "decile of the score, and their mean score.</p>" + sideBySide(RiskByOutcomeChart::chart);
    }

    private String neverFired() {
        StringBuilder out = new StringBuilder();
        for (ReportSide side : sides) {
            out.append("<h3>Rules that never fired (").append(side.key()).append(", ")
                    .append(side.metrics().neverFired().size()).append(")</h3><ul class=\"never-fired\">");
            side.metrics().neverFired().forEach(rule -> out.append("<li>").append(Html.escape(rule)).append("</li>"));
            out.append("</ul>");
        }
        return out.toString();
    }

    private String sideBySide(java.util.function.Function<ReportSide, String> chart) {
        StringBuilder out = new StringBuilder("<div class=\"row\">");
        for (ReportSide side : sides) {
            out.append("<div class=\"chart-box\"><h3 class=\"side-").append(side.key()).append("\">").append(side.key())
                    .append("</h3>").append(chart.apply(side)).append("</div>");
        }
        return out.append("</div>").toString();
    }

    private static void section(StringBuilder page, String id, String title, String body) {
        page.append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2>").append(body)
                .append("</section>");
    }

    private static String stylesheet() {
        try (InputStream in = BacktestReport.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String verdictsByOutcome(LateOutcomes late) {
        if (late == null) {
            return "Of the commitments whose outcome is known, the share kept in full by the due date, partly kept and broken, "
                    + "for each verdict. The outcomes do not tell what was paid after the due date.";
        }
        return "Of the commitments whose outcome is known, for each verdict: the share kept in full by the due date; kept late, "
                + "paid in full only in the " + late.lateDays() + " days after it; partly kept and broken, counting what came in those days.";
    }
}
