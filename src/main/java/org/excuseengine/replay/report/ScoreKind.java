package org.excuseengine.replay.report;

import java.util.function.Function;
import org.excuseengine.replay.MetricsReport;
import org.excuseengine.replay.Separation;

/** A score the report charts: where its separation is in the metrics, and what its two kinds of case are. */
record ScoreKind(String title, String field, String positives, String negatives,
                 Function<MetricsReport, Separation> separation) {
    static final ScoreKind RISK = new ScoreKind("Payment-risk score", "riskForBroken",
            "broken", "kept in full or in part", MetricsReport::riskForBroken);
    static final ScoreKind CREDIBILITY = new ScoreKind("Credibility score", "credibilityForGenuine",
            "genuine excuses", "stalls and leverage", MetricsReport::credibilityForGenuine);

    Separation of(ReportSide side) {
        return separation.apply(side.metrics());
    }

    boolean measured(ReportSide side) {
        Separation separation = of(side);
        return separation != null && separation.auc() != null;
    }
}
