package org.excuseengine.replay.report;

import java.util.List;
import org.excuseengine.replay.Separation;

/**
 * A score's ROC curve, one line per rule set: how many of the positive cases it finds (up) for how
 * many negative cases it takes for positive (right), as the threshold goes down. The diagonal is a
 * coin toss; the area under a curve is its AUC, given in the legend.
 */
final class RocChart {
    private static final int SIZE = 220;
    private static final int LEFT = 36;
    private static final int TOP = 10;
    private static final int WIDTH = LEFT + SIZE + 190;
    private static final int HEIGHT = TOP + SIZE + 30;

    private RocChart() {}

    static String chart(List<ReportSide> sides, ScoreKind kind) {
        Svg svg = new Svg(WIDTH, HEIGHT, kind.title() + ": ROC curve for " + kind.positives());
        svg.rect(LEFT, TOP, SIZE, SIZE, "plot", null, null);
        svg.line(LEFT, TOP + SIZE, LEFT + SIZE, TOP, "chance");
        svg.text(LEFT + SIZE / 2.0, TOP + SIZE + 24, "share of " + kind.negatives() + " flagged", "middle", "tick");
        svg.text(LEFT - 4, TOP + 8, "1", "end", "tick");
        svg.text(LEFT - 4, TOP + SIZE, "0", "end", "tick");
        svg.text(LEFT + SIZE, TOP + SIZE + 12, "1", "middle", "tick");
        int legendY = TOP + 16;
        for (ReportSide side : sides) {
            Separation separation = kind.of(side);
            if (!kind.measured(side)) {
                continue;
            }
            List<Separation.RocPoint> roc = separation.roc();
            double[] points = new double[roc.size() * 2];
            for (int i = 0; i < roc.size(); i++) {
                points[2 * i] = LEFT + roc.get(i).falsePositiveRate() * SIZE;
                points[2 * i + 1] = TOP + SIZE - roc.get(i).truePositiveRate() * SIZE;
            }
            svg.polyline(points, "curve side-" + side.key(),
                    " data-points=\"" + roc.size() + "\"" + " data-metric-points=\"" + Html.escape(side.pointer(kind.field(), "roc")) + "\"");
            svg.line(LEFT + SIZE + 12, legendY - 4, LEFT + SIZE + 30, legendY - 4, "curve side-" + side.key());
            svg.text(LEFT + SIZE + 34, legendY, side.key() + " AUC " + Html.auc(separation.auc()), "start", "note");
            legendY += 18;
        }
        svg.text(LEFT + SIZE + 12, legendY + 4, "share of " + kind.positives(), "start", "tick");
        svg.text(LEFT + SIZE + 12, legendY + 18, "found (up)", "start", "tick");
        return svg.toString();
    }
}
