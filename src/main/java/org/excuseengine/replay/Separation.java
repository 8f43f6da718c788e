package org.excuseengine.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a score from 0 to 100 separates two kinds of case: the area under its ROC curve, the
 * chance that a random positive case scores above a random negative one (ties count half). 0.5 is
 * no better than a coin; null when either kind is missing. With it, what a chart of the score
 * needs: how many cases of each kind had each score, the ROC curve's points, and each decile of
 * the score (0–9, 10–19, …, 90–100) with the share of positive cases in it, its calibration.
 *
 * @param auc       the area under the ROC curve, or null
 * @param positives the positive cases counted
 * @param negatives the negative cases counted
 * @param scores    every score given to at least one case, lowest first, with the cases of each kind
 * @param roc       the ROC curve, from (0, 0) to (1, 1): a point per score, taking as positive every case
 *                  scoring at least that much; the trapezoids under it add up to {@code auc}
 * @param deciles   the ten deciles of the score, lowest first, with the cases in each and their share
 *                  of positive cases
 */
public record Separation(Double auc, long positives, long negatives, List<ScoreCount> scores, List<RocPoint> roc,
                         List<Decile> deciles) {

    public Separation {
        scores = scores == null ? List.of() : List.copyOf(scores);
        roc = roc == null ? List.of() : List.copyOf(roc);
        deciles = deciles == null ? List.of() : List.copyOf(deciles);
    }

    /** How many positive and negative cases had this score. */
    public record ScoreCount(int score, long positives, long negatives) {}

    /**
     * A point of the ROC curve: taking every case scoring at least {@code threshold} as positive,
     * the share of positive cases found and the share of negative cases taken for positive (four
     * decimals). The first point, threshold 101, takes none.
     */
    public record RocPoint(int threshold, double truePositiveRate, double falsePositiveRate) {}

    /**
     * The cases scoring {@code from} to {@code to}: their mean score, and the share of them that
     * were positive (null when there were none).
     */
    public record Decile(int from, int to, long positives, long negatives, Double meanScore, Double positiveShare) {}

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
            List<ScoreCount> scores = new ArrayList<>();
            for (int score = 0; score < SCORES; score++) {
                pairsWon += positives[score] * (totalNegatives + negatives[score] / 2.0);
                totalPositives += positives[score];
                totalNegatives += negatives[score];
                if (positives[score] + negatives[score] > 0) {
                    scores.add(new ScoreCount(score, positives[score], negatives[score]));
                }
            }
            Double auc = totalPositives == 0 || totalNegatives == 0 ? null
                    : pairsWon / ((double) totalPositives * totalNegatives);
            return new Separation(auc, totalPositives, totalNegatives, scores,
                    roc(totalPositives, totalNegatives), deciles());
        }

        /** From the highest score down, each score taking its cases in: straight lines between the points are the curve. */
        private List<RocPoint> roc(long totalPositives, long totalNegatives) {
            List<RocPoint> points = new ArrayList<>();
            if (totalPositives == 0 || totalNegatives == 0) {
                return points;
            }
            points.add(new RocPoint(SCORES, 0, 0));
            long found = 0;
            long mistaken = 0;
            for (int score = SCORES - 1; score >= 0; score--) {
                if (positives[score] + negatives[score] == 0) {
                    continue;
                }
                found += positives[score];
                mistaken += negatives[score];
                points.add(new RocPoint(score, Outcomes.round((double) found / totalPositives),
                        Outcomes.round((double) mistaken / totalNegatives)));
            }
            return points;
        }

        private List<Decile> deciles() {
            List<Decile> deciles = new ArrayList<>();
            for (int from = 0; from < 100; from += 10) {
                int to = from == 90 ? 100 : from + 9;
                long inPositives = 0;
                long inNegatives = 0;
                double scoreSum = 0;
                for (int score = from; score <= to; score++) {
                    inPositives += positives[score];
                    inNegatives += negatives[score];
                    scoreSum += (double) score * (positives[score] + negatives[score]);
                }
                long cases = inPositives + inNegatives;
                deciles.add(new Decile(from, to, inPositives, inNegatives,
                        cases == 0 ? null : Math.round(scoreSum / cases * 10) / 10.0,
                        Outcomes.share(inPositives, cases)));
            }
            return deciles;
        }
    }
}
