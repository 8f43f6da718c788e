package org.excuseengine.text;

import java.util.List;
import org.excuseengine.model.Category;

/**
 * One excuse found in a text: the clause that carries it (with any evidence clause that supports
 * it), its category, how sure the classifier is (0 to 1), the lexicon phrases that matched, and,
 * when the lexicon was silent or split there, the model features that decided it.
 *
 * <p>Which decided: a category named by lexicon phrases has {@code matchedPhrases}; one the model
 * named where no phrase matched has none, and its confidence is the model's probability, with
 * the strongest features in {@code modelFeatures} (such as {@code h2=头寸 +1.85}: a Chinese
 * character pair, {@code w=mailed}: an English word, and how hard it pulled).
 */
public record Classification(String clause, Category category, double confidence, List<String> matchedPhrases,
                             List<String> modelFeatures) {
    public Classification {
        matchedPhrases = List.copyOf(matchedPhrases);
        modelFeatures = List.copyOf(modelFeatures);
    }

    /** A classification the lexicon alone made. */
    public Classification(String clause, Category category, double confidence, List<String> matchedPhrases) {
        this(clause, category, confidence, matchedPhrases, List.of());
    }
}
