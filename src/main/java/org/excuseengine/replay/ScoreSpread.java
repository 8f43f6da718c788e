package org.excuseengine.replay;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How a score (0 to 100) is spread over one group of visits: how many there are, their mean
 * score, and how many fall in each decile (0–9, 10–19, … 90–100, lowest first, as in
 * {@link Separation#deciles()}).
 */
public record ScoreSpread(long visits, Double meanScore, List<Long> deciles) {
    public ScoreSpread {
        deciles = deciles == null ? List.of() : List.copyOf(deciles);
    }

    /** Counts scores one by one; parts of one run counted apart {@link #merge merge}. */
    static final class Counter implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long[] deciles = new long[10];
        private long visits;
        private long scoreSum;

        void add(int score) {
            int clamped = Math.max(0, Math.min(100, score));
            deciles[Math.min(9, clamped / 10)]++;
            visits++;
            scoreSum += clamped;
        }

        void merge(Counter other) {
            for (int i = 0; i < deciles.length; i++) {
                deciles[i] += other.deciles[i];
            }
            visits += other.visits;
            scoreSum += other.scoreSum;
        }

        ScoreSpread result() {
            List<Long> counts = new ArrayList<>(deciles.length);
            for (long count : deciles) {
                counts.add(count);
            }
            return new ScoreSpread(visits, visits == 0 ? null : Math.round((double) scoreSum / visits * 10) / 10.0, counts);
        }
    }
}
