package org.excuseengine.replay.report;

import org.excuseengine.replay.Separation;

/**
 * How a score is spread over its two kinds of case, decile by decile: each kind's bars show the
 * share of that kind's cases in the decile, so a large kind does not dwarf a small one. A score
 * that separates them well puts the two kinds at opposite ends.
 */
final class ScoreDistribution {
    private static final int WIDTH = 420;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 180;
    private static final int TOP = 14;

    private ScoreDistribution() {}

    static String chart(ReportSide side, ScoreKind kind) {
        Separation separation = kind.of(side);
        Svg svg = new Svg(WIDTH, HEIGHT, side.key() + ": " + kind.title() + " by decile, " + kind.positives()
                + " against " + kind.negatives());
        double tallest = 0;
        for (Separation.Decile decile : separation.deciles()) {
            tallest = Math.max(tallest, Math.max(share(decile.positives(), separation.positives()),
                    share(decile.negatives(), separation.negatives())));
        }
        double plotHeight = BOTTOM - TOP;
        double slot = (WIDTH - LEFT - 10) / 10.0;
        svg.line(LEFT, BOTTOM, WIDTH - 10, BOTTOM, "axis");
        svg.line(LEFT, TOP, LEFT, BOTTOM, "axis");
        svg.text(LEFT - 4, TOP + 4, Html.percent(tallest), "end", "tick");
        svg.text(LEFT - 4, BOTTOM, "0", "end", "tick");
        for (int i = 0; i < separation.deciles().size(); i++) {
            Separation.Decile decile = separation.deciles().get(i);
            double x = LEFT + i * slot + 3;
            double positive = tallest == 0 ? 0 : share(decile.positives(), separation.positives()) / tallest * plotHeight;
            double negative = tallest == 0 ? 0 : share(decile.negatives(), separation.negatives()) / tallest * plotHeight;
            String range = decile.from() + "–" + decile.to();
            svg.rect(x, BOTTOM - positive, slot / 2 - 3, positive, "kind-positive",
                    Html.metric(side.pointer(kind.field(), "deciles", i, "positives"), decile.positives()),
                    "score " + range + ": " + Html.count(decile.positives()) + " " + kind.positives());
            svg.rect(x + slot / 2 - 3, BOTTOM - negative, slot / 2 - 3, negative, "kind-negative",
                    Html.metric(side.pointer(kind.field(), "deciles", i, "negatives"), decile.negatives()),
                    "score " + range + ": " + Html.count(decile.negatives()) + " " + kind.negatives());
            svg.text(x + slot / 2 - 3, BOTTOM + 14, String.valueOf(decile.from()), "middle", "tick");
        }
        svg.rect(LEFT, HEIGHT - 14, 10, 10, "kind-positive", null, null);
        svg.text(LEFT + 14, HEIGHT - 5, kind.positives() + " (" + Html.count(separation.positives()) + ")", "start", "note");
        svg.rect(LEFT + 200, HEIGHT - 14, 10, 10, "kind-negative", null, null);
        svg.text(LEFT + 214, HEIGHT - 5, kind.negatives() + " (" + Html.count(separation.negatives()) + ")", "start", "note");
        return svg.toString();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
