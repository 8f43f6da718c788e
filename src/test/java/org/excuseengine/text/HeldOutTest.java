package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How well the lexicon generalises: accuracy on excuses written before the lexicon was tuned and
 * never used to tune it. Deliberately prints only the figures, not the individual misses, so that
 * nobody tunes on them; the lexicon with its model must reach 95 %.
 */
class HeldOutTest {
    private static final double REQUIRED_ACCURACY = 0.95;

    @Test
    void generalisesToUnseenExcuses() {
        Evaluation evaluation = Evaluation.of(LabelledCorpus.read("/text/held-out.tsv"),
                new ExcuseClassifier(Lexicon.load(Path.of("rules", "lexicon"))));
        System.out.print(evaluation.report("Held-out excuses (never tuned on)"));
        assertTrue(evaluation.accuracy() >= REQUIRED_ACCURACY, String.format(
                "held-out accuracy %.1f%% is below %.0f%%", 100 * evaluation.accuracy(), 100 * REQUIRED_ACCURACY));
    }
}
