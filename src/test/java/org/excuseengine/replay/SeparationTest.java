package org.excuseengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The area under the ROC curve, counted from a histogram of scores per kind of case. */
class SeparationTest {
    private final Separation.Counter counter = new Separation.Counter();

    @Test
    void everyPositiveAboveEveryNegativeIsPerfectSeparation() {
        positives(70, 90, 100);
        negatives(0, 10, 69);

        assertCounts(1.0, 3, 3, counter.result());
    }

    @Test
    void everyPositiveBelowEveryNegativeIsReversedSeparation() {
        positives(5, 20);
        negatives(21, 60, 99);

        assertCounts(0.0, 2, 3, counter.result());
    }

    @Test
    void allScoresTiedIsNoBetterThanACoin() {
        positives(40, 40, 40);
        negatives(40, 40);

        assertEquals(0.5, counter.result().auc());
    }

    @Test
    void tiesCountHalfAmongPairsWonAndLost() {
        // Pairs (positive, negative): 80>50, 80>20, 50=50 (half), 50>20, of four: 3.5 / 4.
        positives(80, 50);
        negatives(50, 20);

        assertEquals(0.875, counter.result().auc());
    }

    @Test
    void scoresOutsideZeroToHundredCountAtTheNearestEnd() {
        positives(150);
        negatives(100, -20);

        // 150 ties with 100 and beats -20: 1.5 / 2.
        assertEquals(0.75, counter.result().auc());
    }

    @Test
    void withoutOneKindOfCaseThereIsNoSeparationToMeasure() {
        positives(10, 90);
        assertCounts(null, 2, 0, counter.result());

        Separation.Counter onlyNegatives = new Separation.Counter();
        onlyNegatives.add(30, false);
        assertCounts(null, 0, 1, onlyNegatives.result());

        assertCounts(null, 0, 0, new Separation.Counter().result());
    }

    @Test
    void theRocCurveRunsFromNothingTakenToEverythingTakenOnePointPerScore() {
        positives(80, 50);
        negatives(50, 20);

        assertEquals(List.of(new Separation.RocPoint(101, 0, 0), new Separation.RocPoint(80, 0.5, 0),
                new Separation.RocPoint(50, 1, 0.5), new Separation.RocPoint(20, 1, 1)), counter.result().roc());
    }

    @Test
    void eachDecileHoldsItsScoresWithTheirMeanAndShareOfPositives() {
        positives(95, 100, 12);
        negatives(90, 19, 10, 10);

        Separation result = counter.result();
        assertEquals(new Separation.Decile(90, 100, 2, 1, 95.0, 0.6667), result.deciles().get(9));
        assertEquals(new Separation.Decile(10, 19, 1, 3, 12.8, 0.25), result.deciles().get(1));
        assertEquals(new Separation.Decile(50, 59, 0, 0, null, null), result.deciles().get(5));
        assertEquals(List.of(new Separation.ScoreCount(10, 0, 2), new Separation.ScoreCount(12, 1, 0),
                new Separation.ScoreCount(19, 0, 1), new Separation.ScoreCount(90, 0, 1),
                new Separation.ScoreCount(95, 1, 0), new Separation.ScoreCount(100, 1, 0)), result.scores());
    }

    private static void assertCounts(Double auc, long positives, long negatives, Separation separation) {
        assertEquals(auc, separation.auc());
        assertEquals(positives, separation.positives());
        assertEquals(negatives, separation.negatives());
    }

    private void positives(int... scores) {
        for (int score : scores) {
            counter.add(score, true);
        }
    }

    private void negatives(int... scores) {
        for (int score : scores) {
            counter.add(score, false);
        }
    }
}
