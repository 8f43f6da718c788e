package org.excuseengine.replay.report;

import java.util.List;

/**
 * What became of a commitment, as the report names and colours it: the same four parts in the bars
 * by verdict and in the risk score's histograms. {@code field} is the part's name in the metrics
 * file's outcomes and its colour's class ({@code seg-…}).
 */
enum OutcomePart {
    KEPT("kept", "kept in full"),
    KEPT_LATE("keptLate", "kept late"),
    PARTIAL("partial", "partly kept"),
    BROKEN("broken", "broken");

    /** The parts when the outcomes do not tell the late payments. */
    static final List<OutcomePart> BY_DUE_DATE = List.of(KEPT, PARTIAL, BROKEN);

    final String field;
    final String label;

    OutcomePart(String field, String label) {
        this.field = field;
        this.label = label;
    }

    String cssClass() {
        return "seg-" + field;
    }
}
