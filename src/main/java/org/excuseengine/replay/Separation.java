package org.excuseengine.replay;

/**
 * How well a score from 0 to 100 separates two kinds of case: the area under its ROC curve, the
 * chance that a random positive case scores above a random negative one (ties count half). 0.5 is
 * no better than a coin; null when either kind is missing.
 *
 * @param auc       the area under the ROC curve, or null
 * @param positives the positive cases counted
 * @param negatives the negative cases counted
 */
public record Separation(Double auc, long positives, long negatives) {

    /** Counts scores as they come, in a histogram per kind, so that a replay of any size takes constant memory. */
    static final class Counter implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private static final int SCORES = 101;
        private final long[] positives = new long[SCORES];
        private final long[] negatives = new long[SCORES];

        void add(int score, boolean positive) {
            int bucket = Math.max(0, Math.min(SCORES - 1, score));
            (positive ? positives : negatives)[bucket]++;
        }

        /** Adds the counts of {@code other}, another part of the same run. */
        void merge(Counter other) {
            for (int score = 0; score < SCORES; score++) {
                positives[score] += other.positives[score];
                negatives[score] += other.negatives[score];
            }
        }

        Separation result() {
            long totalPositives = 0;
            long totalNegatives = 0;
            double pairsWon = 0;
            for (int score = 0; score < SCORES; score++) {
                pairsWon += positives[score] * (totalNegatives + negatives[score] / 2.0);
                totalPositives += positives[score];
                totalNegatives += negatives[score];
            }
            Double auc = totalPositives == 0 || totalNegatives == 0 ? null
                    : pairsWon / ((double) totalPositives * totalNegatives);
            return new Separation(auc, totalPositives, totalNegatives);
        }
    }
}
