package org.excuseengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What the report draws from a separation agrees with its AUC and its counts, whatever the scores. */
class SeparationProperties {

    @Property(tries = 200)
    void theAreaUnderTheRocPointsIsTheAuc(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 100) Integer> positives,
                                          @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 100) Integer> negatives) {
        Separation separation = count(positives, negatives);

        double area = 0;
        List<Separation.RocPoint> roc = separation.roc();
        for (int i = 1; i < roc.size(); i++) {
            Separation.RocPoint from = roc.get(i - 1);
            Separation.RocPoint to = roc.get(i);
            area += (to.falsePositiveRate() - from.falsePositiveRate()) * (to.truePositiveRate() + from.truePositiveRate()) / 2;
        }
        // The points are rounded to four decimals; the area may differ by that much.
        assertEquals(separation.auc(), area, 0.001);
    }

    @Property(tries = 200)
    void theDecilesAndTheScoresHoldEveryCaseOnce(@ForAll List<@IntRange(min = 0, max = 100) Integer> positives,
                                                 @ForAll List<@IntRange(min = 0, max = 100) Integer> negatives) {
        Separation separation = count(positives, negatives);

        assertEquals(positives.size(), separation.deciles().stream().mapToLong(Separation.Decile::positives).sum());
        assertEquals(negatives.size(), separation.deciles().stream().mapToLong(Separation.Decile::negatives).sum());
        assertEquals(positives.size(), separation.scores().stream().mapToLong(Separation.ScoreCount::positives).sum());
        assertEquals(negatives.size(), separation.scores().stream().mapToLong(Separation.ScoreCount::negatives).sum());
    }

    private static Separation count(List<Integer> positives, List<Integer> negatives) {
        Separation.Counter counter = new Separation.Counter();
        positives.forEach(score -> counter.add(score, true));
        negatives.forEach(score -> counter.add(score, false));
        return counter.result();
    }
}
