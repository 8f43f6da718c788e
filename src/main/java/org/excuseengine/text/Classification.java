package org.excuseengine.text;

import java.util.List;
import org.excuseengine.model.Category;

/**
 * One excuse found in a text: the clause that carries it, its category, how sure the classifier
 * is (0 to 1), and the lexicon phrases that matched.
 */
public record Classification(String clause, Category category, double confidence, List<String> matchedPhrases) {
    public Classification {
        matchedPhrases = List.copyOf(matchedPhrases);
    }
}
