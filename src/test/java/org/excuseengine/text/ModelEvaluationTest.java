package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The honest figure for the lexicon with its model: each source of the corpus classified by a
 * model trained without it (ten groups, a whole source always in one), so what is measured is
 * phrasings the model never saw. The team's held-out set is measured by {@link HeldOutTest}.
 */
class ModelEvaluationTest {
    private static final int FOLDS = 10;
    private static final double REQUIRED_SOURCE_HELD_OUT_ACCURACY = 0.92;

    @Test
    void classifiesSourcesItNeverSawAccurately() {
        Evaluation evaluation = Evaluation.bySourceFolds(LabelledCorpus.shipped(), Lexicon.load(LabelledCorpus.LEXICON), FOLDS);

        System.out.print(evaluation.report("Example corpus, " + FOLDS + " folds by source"));
        evaluation.accuracyBySource(10).forEach(line -> System.out.println("  " + line));
        assertTrue(evaluation.accuracy() >= REQUIRED_SOURCE_HELD_OUT_ACCURACY, String.format(
                "source-held-out accuracy %.1f%% is below %.0f%%", 100 * evaluation.accuracy(), 100 * REQUIRED_SOURCE_HELD_OUT_ACCURACY));
    }

    @Test
    void sourcesAreDealtWholeIntoGroupsOfAboutTheSameSize() {
        List<Example> corpus = LabelledCorpus.shipped();
        List<List<Example>> groups = SourceFolds.deal(corpus, FOLDS);

        assertEquals(FOLDS, groups.size());
        assertEquals(corpus.size(), groups.stream().mapToInt(List::size).sum());
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                List<String> sourcesOfB = groups.get(b).stream().map(Example::source).toList();
                for (Example example : groups.get(a)) {
                    assertTrue(!sourcesOfB.contains(example.source()), example.source() + " is in two groups");
                }
            }
        }
    }

    @Test
    void theSameCorpusGivesTheSameModelAndTheSameAnswers() {
        List<Example> corpus = LabelledCorpus.shipped();
        Lexicon lexicon = Lexicon.load(LabelledCorpus.LEXICON);
        ExcuseClassifier first = new ExcuseClassifier(lexicon.trainedAfreshOn(corpus));
        ExcuseClassifier second = new ExcuseClassifier(lexicon.trainedAfreshOn(corpus));

        for (Example example : corpus) {
            assertEquals(first.classify(example.text()), second.classify(example.text()), example.place());
        }
    }
}
