package org.excuseengine.replay;

import org.excuseengine.model.Verdict;

/**
 * How often a visit's verdict was borne out by what the customer paid. A verdict makes a claim
 * only when it is CREDIBLE (the commitment will be kept in full) or NOT_CREDIBLE (it will not:
 * paid in part or broken); DOUBTFUL and NONE claim nothing, and neither does a visit whose
 * outcome is unknown. Those are left out.
 *
 * @param judged     visits whose verdict made a claim and whose outcome is known
 * @param right      those whose claim the outcome bore out
 * @param rightShare {@code right / judged}, null when nothing was judged
 */
public record VerdictAccuracy(long judged, long right, Double rightShare) {

    /** Counts verdicts against outcomes, one visit at a time. */
    static final class Counter implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private long judged;
        private long right;

        void add(Verdict verdict, Settlement settlement) {
            if (settlement == null || (verdict != Verdict.CREDIBLE && verdict != Verdict.NOT_CREDIBLE)) {
                return;
            }
            judged++;
            boolean kept = settlement.status() == Settlement.Status.KEPT;
            if (kept == (verdict == Verdict.CREDIBLE)) {
                right++;
            }
        }

        void merge(Counter other) {
            judged += other.judged;
            right += other.right;
        }

        VerdictAccuracy result() {
            return new VerdictAccuracy(judged, right, Outcomes.share(right, judged));
        }
    }
}
