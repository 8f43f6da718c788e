package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.List;
import org.excuseengine.model.CategorySource;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.fact.Excuse;
import org.excuseengine.text.Classification;
import org.excuseengine.text.ExcuseClassifier;

/**
 * Turns the excuses logged at a visit into excuse facts with a settled category: a given category
 * is taken as it is; otherwise the text is classified, and a text that holds several excuses
 * becomes several facts.
 */
final class ExcuseResolver {
    /** An excuse fact and the lexicon phrases that gave it its category, if any. */
    record Resolved(Excuse excuse, List<String> matchedPhrases) {}

    private ExcuseResolver() {}

    static List<Resolved> resolve(List<ExcuseInput> inputs, ExcuseClassifier classifier) {
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ExcuseInput input = inputs.get(i);
            if (input.category() != null) {
                resolved.add(new Resolved(new Excuse(resolved.size(), input.text(), input.category(),
                        CategorySource.GIVEN, 1.0, input.evidence()), List.of()));
            } else if (input.text() != null && !input.text().isBlank()) {
                for (Classification found : classifier.classify(input.text())) {
                    resolved.add(new Resolved(new Excuse(resolved.size(), found.clause(), found.category(),
                            CategorySource.TEXT, found.confidence(), input.evidence()), found.matchedPhrases()));
                }
            } else {
                throw new AssessmentException("/excuses/" + i + ": expected a text or a category, found neither");
            }
        }
        return resolved;
    }
}
