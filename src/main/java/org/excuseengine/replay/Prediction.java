package org.excuseengine.replay;

/**
 * How well a verdict predicts a bad outcome. {@code precision}: of the visits given the verdict,
 * the share that did turn out badly; {@code recall}: of the visits that turned out badly, the
 * share given the verdict. Null when there is nothing to divide by.
 */
public record Prediction(long truePositives, long falsePositives, long falseNegatives, Double precision, Double recall) {

    /** Counts predictions one by one, then reports them. */
    static final class Counter implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private long truePositives;
        private long falsePositives;
        private long falseNegatives;

        void add(boolean predicted, boolean happened) {
            if (predicted && happened) {
                truePositives++;
            } else if (predicted) {
                falsePositives++;
            } else if (happened) {
                falseNegatives++;
            }
        }

        void merge(Counter other) {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
        }

        Prediction result() {
            return new Prediction(truePositives, falsePositives, falseNegatives,
                    Outcomes.share(truePositives, truePositives + falsePositives),
                    Outcomes.share(truePositives, truePositives + falseNegatives));
        }
    }
}
