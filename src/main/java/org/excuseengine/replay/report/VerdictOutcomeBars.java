package org.excuseengine.replay.report;

import java.util.ArrayList;
import java.util.List;
import org.excuseengine.model.Verdict;
import org.excuseengine.replay.Outcomes;

/**
 * Commitments by verdict as stacked bars: for each verdict, the commitments with a known outcome
 * split into kept in full, partly kept and broken. A verdict that tells good payers from bad ones
 * shows a green CREDIBLE bar and a red NOT_CREDIBLE one.
 */
final class VerdictOutcomeBars {
    private static final int WIDTH = 640;
    private static final int LABEL = 110;
    private static final int BAR = 360;
    private static final int ROW = 30;

    private VerdictOutcomeBars() {}

    static String chart(ReportSide side) {
        List<Object[]> rows = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            Outcomes outcomes = side.metrics().byVerdict().get(verdict);
            if (outcomes != null) {
                rows.add(new Object[] {verdict.name(), outcomes, side.pointer("byVerdict", verdict.name())});
            }
        }
        rows.add(new Object[] {"all visits", side.metrics().commitments(), side.pointer("commitments")});
        Svg svg = new Svg(WIDTH, ROW * rows.size() + 30, side.key() + ": commitments by verdict, kept, partly kept, broken");
        int y = 4;
        for (Object[] row : rows) {
            bar(svg, y, (String) row[0], (Outcomes) row[1], (String) row[2]);
            y += ROW;
        }
        legend(svg, y + 14);
        return svg.toString();
    }

    private static void bar(Svg svg, int y, String label, Outcomes outcomes, String pointer) {
        svg.text(LABEL - 8, y + 16, label, "end", "label");
        double x = LABEL;
        long[] counts = {outcomes.kept(), outcomes.partial(), outcomes.broken()};
        Double[] shares = {outcomes.keptShare(), outcomes.partialShare(), outcomes.brokenShare()};
        String[] fields = {"kept", "partial", "broken"};
        String[] names = {"kept in full", "partly kept", "broken"};
        for (int i = 0; i < 3; i++) {
            double w = outcomes.judged() == 0 ? 0 : BAR * (double) counts[i] / outcomes.judged();
            svg.rect(x, y + 2, w, ROW - 8, "seg-" + fields[i], Html.metric(pointer + "/" + fields[i], counts[i]),
                    label + ": " + Html.count(counts[i]) + " " + names[i] + " (" + Html.percent(shares[i]) + ")");
            if (w > 44) {
                svg.text(x + w / 2, y + 17, Html.percent(shares[i]), "middle", "on-bar");
            }
            x += w;
        }
        svg.text(LABEL + BAR + 8, y + 16, Html.count(outcomes.judged()) + " known of " + Html.count(outcomes.visits()),
                "start", "note");
    }

    private static void legend(Svg svg, int y) {
        String[] fields = {"kept", "partial", "broken"};
        String[] names = {"kept in full", "partly kept", "broken"};
        double x = LABEL;
        for (int i = 0; i < 3; i++) {
            svg.rect(x, y - 10, 12, 12, "seg-" + fields[i], null, null);
            svg.text(x + 16, y, names[i], "start", "note");
            x += 120;
        }
    }
}
