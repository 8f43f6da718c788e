package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.excuseengine.model.Category;
import org.junit.jupiter.api.Test;

/**
 * The model reads texts with its own table of trained weights rather than OpenNLP's generic
 * evaluation, and is reused while its corpus is unchanged: both must give what training gave.
 */
class ExcuseModelTest {
    private static final List<Example> CORPUS = LabelledCorpus.shipped();

    @Test
    void readsEveryCorpusTextAsOpenNlpDoes() {
        ExcuseModel model = ExcuseModel.train(CORPUS);

        for (Example example : CORPUS) {
            String folded = TextNormalizer.fold(example.text());
            assertArrayEquals(model.readByOpenNlp(folded), model.read(folded).probabilities(), 1e-12, example.place());
        }
    }

    @Test
    void explainsEachCorpusTextByTheFeaturesThatPullHardestAsOpenNlpsParametersSay() {
        ExcuseModel model = ExcuseModel.train(CORPUS);
        @SuppressWarnings("unchecked")
        Map<String, Context> parameters = (Map<String, Context>) ((AbstractModel) model.trained()).getDataStructures()[1];

        for (Example example : CORPUS) {
            ExcuseModel.Reading reading = model.read(TextNormalizer.fold(example.text()));
            int outcome = model.trained().getIndex(reading.outcome());
            List<Map.Entry<String, Double>> pulls = new ArrayList<>();
            for (String feature : reading.features()) {
                Context context = parameters.get(feature);
                if (context != null) {
                    double own = 0;
                    double sum = 0;
                    for (int k = 0; k < context.getOutcomes().length; k++) {
                        sum += context.getParameters()[k];
                        own += context.getOutcomes()[k] == outcome ? context.getParameters()[k] : 0;
                    }
                    double pull = own - sum / model.trained().getNumOutcomes();
                    if (pull > 0) {
                        pulls.add(Map.entry(feature, pull));
                    }
                }
            }
            pulls.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<String> expected = pulls.stream().limit(5)
                    .map(p -> String.format(Locale.ROOT, "%s %+.2f", p.getKey(), p.getValue())).toList();

            assertEquals(expected, model.strongestFeatures(reading, 5), example.place());
        }
    }

    @Test
    void theSameCorpusIsNotTrainedAgain() {
        ExcuseModel first = ExcuseModel.train(CORPUS);

        assertSame(first, ExcuseModel.train(List.copyOf(CORPUS)));
        assertSame(first, Lexicon.load(LabelledCorpus.LEXICON).model(), "a rules load with the same examples reuses the model");
    }

    @Test
    void aChangedLabelTrainsANewModelThatReadsAsAFreshOneDoes() {
        List<Example> edited = new ArrayList<>(CORPUS);
        Example first = edited.get(0);
        Category other = first.categories().contains(Category.OTHER) ? Category.QUALITY : Category.OTHER;
        edited.set(0, new Example(first.file(), first.line(), first.language(), Set.of(other), false, first.source(), first.text()));

        ExcuseModel retrained = ExcuseModel.train(edited);

        assertNotSame(ExcuseModel.train(CORPUS), retrained);
        ExcuseModel fresh = ExcuseModel.trainAfresh(edited);
        for (Example example : CORPUS) {
            String folded = TextNormalizer.fold(example.text());
            assertArrayEquals(fresh.read(folded).probabilities(), retrained.read(folded).probabilities(), 0, example.place());
        }
    }

    @Test
    void aChangedTextTrainsANewModel() {
        List<Example> edited = new ArrayList<>(CORPUS);
        Example last = edited.get(edited.size() - 1);
        edited.set(edited.size() - 1, new Example(last.file(), last.line(), last.language(), last.categories(), last.evidence(),
                last.source(), last.text() + " again"));

        assertNotSame(ExcuseModel.train(CORPUS), ExcuseModel.train(edited));
        assertEquals(CORPUS.size(), ExcuseModel.train(edited).examples());
    }
}
