package org.excuseengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The area under the ROC curve, counted from a histogram of scores per kind of case. */
class SeparationTest {
    private final Separation.Counter counter = new Separation.Counter();

    @Test
    void everyPositiveAboveEveryNegativeIsPerfectSeparation() {
        positives(70, 90, 100);
        negatives(0, 10, 69);

        assertEquals(new Separation(1.0, 3, 3), counter.result());
    }

    @Test
    void everyPositiveBelowEveryNegativeIsReversedSeparation() {
        positives(5, 20);
        negatives(21, 60, 99);

        assertEquals(new Separation(0.0, 2, 3), counter.result());
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
        assertEquals(new Separation(null, 2, 0), counter.result());

        Separation.Counter onlyNegatives = new Separation.Counter();
        onlyNegatives.add(30, false);
        assertEquals(new Separation(null, 0, 1), onlyNegatives.result());

        assertEquals(new Separation(null, 0, 0), new Separation.Counter().result());
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
