package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.excuseengine.model.Category;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accuracy of the shipped lexicon on the labelled corpus it was tuned on. */
class CorpusTest {
    private static final Path LEXICON = Path.of("rules", "lexicon");
    private static final double REQUIRED_ACCURACY = 0.95;
    private static final int MIN_EXAMPLES_PER_CATEGORY = 40;

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        evaluation = Evaluation.of(LabelledCorpus.tuning(), new ExcuseClassifier(Lexicon.load(LEXICON)));
    }

    @Test
    void classifiesTheCorpusAccurately() {
        System.out.print(evaluation.report("Excuse corpus"));
        evaluation.failures().forEach(failure -> System.out.println("  MISS " + failure));
        assertTrue(evaluation.accuracy() >= REQUIRED_ACCURACY, String.format(
                "accuracy %.1f%% is below %.0f%%", 100 * evaluation.accuracy(), 100 * REQUIRED_ACCURACY));
    }

    @Test
    void coversEveryCategoryAndLanguage() {
        assertTrue(evaluation.size() >= 400, "at least 400 texts");
        for (Category category : Category.values()) {
            int examples = evaluation.examplesPerCategory().getOrDefault(category, 0);
            assertTrue(examples >= MIN_EXAMPLES_PER_CATEGORY, category + " has only " + examples + " examples");
        }
        Map<String, Integer> languages = evaluation.examplesPerLanguage();
        for (String language : List.of(Languages.ZH_HANT, Languages.ZH_HANS, Languages.EN)) {
            int texts = languages.getOrDefault(language, 0);
            assertTrue(texts >= 0.3 * evaluation.size(), language + " has only " + texts + " of " + evaluation.size());
        }
    }
}
