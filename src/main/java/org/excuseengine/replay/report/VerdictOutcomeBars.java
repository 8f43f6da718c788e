package org.excuseengine.replay.report;

import java.util.ArrayList;
import java.util.List;
import org.excuseengine.model.Verdict;
import org.excuseengine.replay.LateOutcomes;
import org.excuseengine.replay.Outcomes;

/**
 * Commitments by verdict as stacked bars: for each verdict, the commitments with a known outcome
 * split into kept in full, kept late, partly kept and broken. A verdict that tells good payers from
 * bad ones shows a green CREDIBLE bar and a red NOT_CREDIBLE one. When the outcomes do not tell the
 * late payments (an older snapshot file), the bars split by the due date alone, without kept late.
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
        boolean late = side.metrics().commitments().withLateDays() != null;
        Svg svg = new Svg(WIDTH, ROW * rows.size() + 30, side.key() + ": commitments by verdict, "
                + (late ? "kept, kept late, partly kept, broken" : "kept, partly kept, broken"));
        int y = 4;
        for (Object[] row : rows) {
            bar(svg, y, (String) row[0], (Outcomes) row[1], (String) row[2], late);
            y += ROW;
        }
        legend(svg, y + 14, late);
        return svg.toString();
    }

    private static void bar(Svg svg, int y, String label, Outcomes outcomes, String pointer, boolean late) {
        svg.text(LABEL - 8, y + 16, label, "end", "label");
        LateOutcomes withLate = late ? outcomes.withLateDays() : null;
        long judged = withLate != null ? withLate.judged() : outcomes.judged();
        String base = withLate != null ? pointer + "/withLateDays" : pointer;
        long[] counts = withLate != null
                ? new long[] {withLate.kept(), withLate.keptLate(), withLate.partial(), withLate.broken()}
                : new long[] {outcomes.kept(), outcomes.partial(), outcomes.broken()};
        Double[] shares = withLate != null
                ? new Double[] {withLate.keptShare(), withLate.keptLateShare(), withLate.partialShare(), withLate.brokenShare()}
                : new Double[] {outcomes.keptShare(), outcomes.partialShare(), outcomes.brokenShare()};
        List<OutcomePart> parts = withLate != null ? List.of(OutcomePart.values()) : OutcomePart.BY_DUE_DATE;
        double x = LABEL;
        for (int i = 0; i < parts.size() && judged > 0; i++) {
            OutcomePart part = parts.get(i);
            double w = BAR * (double) counts[i] / judged;
            svg.rect(x, y + 2, w, ROW - 8, part.cssClass(), Html.metric(base + "/" + part.field, counts[i]),
                    label + ": " + Html.count(counts[i]) + " " + part.label + " (" + Html.percent(shares[i]) + ")");
            if (w > 44) {
                svg.text(x + w / 2, y + 17, Html.percent(shares[i]), "middle", "on-bar");
            }
            x += w;
        }
        svg.text(LABEL + BAR + 8, y + 16, Html.count(judged) + " known of " + Html.count(outcomes.visits()), "start", "note");
    }

    private static void legend(Svg svg, int y, boolean late) {
        double x = LABEL;
        for (OutcomePart part : late ? List.of(OutcomePart.values()) : OutcomePart.BY_DUE_DATE) {
            svg.rect(x, y - 10, 12, 12, part.cssClass(), null, null);
            svg.text(x + 16, y, part.label, "start", "note");
            x += 110;
        }
    }
}
