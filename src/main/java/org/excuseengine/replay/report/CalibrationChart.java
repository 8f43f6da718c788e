package org.excuseengine.replay.report;

import java.util.ArrayList;
import java.util.List;
import org.excuseengine.replay.Separation;

/**
 * Calibration by decile: for each decile of a score, the share of its cases that were positive,
 * placed at the decile's mean score. A score read as a chance out of 100 is well calibrated when
 * its points lie on the diagonal; a score that is only an order still rises from left to right.
 */
final class CalibrationChart {
    private static final int SIZE = 220;
    private static final int LEFT = 40;
    private static final int TOP = 10;
    private static final int WIDTH = LEFT + SIZE + 190;
    private static final int HEIGHT = TOP + SIZE + 30;

    private CalibrationChart() {}

    static String chart(List<ReportSide> sides, ScoreKind kind) {
        Svg svg = new Svg(WIDTH, HEIGHT, kind.title() + ": share of " + kind.positives() + " by decile of the score");
        svg.rect(LEFT, TOP, SIZE, SIZE, "plot", null, null);
        svg.line(LEFT, TOP + SIZE, LEFT + SIZE, TOP, "chance");
        svg.text(LEFT + SIZE / 2.0, TOP + SIZE + 24, "mean score of the decile", "middle", "tick");
        svg.text(LEFT - 4, TOP + 8, "100%", "end", "tick");
        svg.text(LEFT - 4, TOP + SIZE, "0", "end", "tick");
        svg.text(LEFT + SIZE, TOP + SIZE + 12, "100", "middle", "tick");
        int legendY = TOP + 16;
        for (ReportSide side : sides) {
            if (!kind.measured(side)) {
                continue;
            }
            List<Separation.Decile> deciles = kind.of(side).deciles();
            List<Double> points = new ArrayList<>();
            for (int i = 0; i < deciles.size(); i++) {
                Separation.Decile decile = deciles.get(i);
                if (decile.positiveShare() == null) {
                    continue;
                }
                double x = LEFT + decile.meanScore() / 100 * SIZE;
                double y = TOP + SIZE - decile.positiveShare() * SIZE;
                points.add(x);
                points.add(y);
                svg.circle(x, y, 3.5, "dot side-" + side.key(),
                        Html.metric(side.pointer(kind.field(), "deciles", i, "positiveShare"), decile.positiveShare()),
                        side.key() + ", score " + decile.from() + "–" + decile.to() + ": " + Html.percent(decile.positiveShare())
                                + " " + kind.positives() + " of " + Html.count(decile.positives() + decile.negatives()));
            }
            svg.polyline(points.stream().mapToDouble(Double::doubleValue).toArray(), "curve side-" + side.key(), null);
            svg.line(LEFT + SIZE + 12, legendY - 4, LEFT + SIZE + 30, legendY - 4, "curve side-" + side.key());
            svg.text(LEFT + SIZE + 34, legendY, side.key(), "start", "note");
            legendY += 18;
        }
        svg.text(LEFT + SIZE + 12, legendY + 4, "share of " + kind.positives(), "start", "tick");
        svg.text(LEFT + SIZE + 12, legendY + 18, "in the decile (up)", "start", "tick");
        return svg.toString();
    }
}
