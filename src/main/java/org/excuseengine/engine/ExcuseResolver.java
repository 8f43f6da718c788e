package org.excuseengine.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.excuseengine.model.Category;
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
    /**
     * An excuse fact, the lexicon phrases that gave it its category, if any, and the amount it
     * disputes, if any. A text that holds several excuses gives its disputed amount to one of them:
     * the first complaint or other excuse (what can dispute goods), else the first.
     */
    record Resolved(Excuse excuse, List<String> matchedPhrases, BigDecimal disputedAmount) {
        Resolved(Excuse excuse, List<String> matchedPhrases) {
            this(excuse, matchedPhrases, null);
        }
    }

    private ExcuseResolver() {}

    static List<Resolved> resolve(List<ExcuseInput> inputs, ExcuseClassifier classifier) {
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ExcuseInput input = inputs.get(i);
            if (input.category() != null) {
                resolved.add(new Resolved(new Excuse(resolved.size(), input.text(), input.category(),
                        CategorySource.GIVEN, 1.0, input.evidence()), List.of(), input.disputedAmount()));
            } else if (input.text() != null && !input.text().isBlank()) {
                List<Classification> found = classifier.classify(input.text());
                int disputing = disputingClause(found);
                for (int clause = 0; clause < found.size(); clause++) {
                    Classification each = found.get(clause);
                    resolved.add(new Resolved(new Excuse(resolved.size(), each.clause(), each.category(),
                            CategorySource.TEXT, each.confidence(), input.evidence()), each.matchedPhrases(),
                            clause == disputing ? input.disputedAmount() : null));
                }
            } else {
                throw new AssessmentException("/excuses/" + i + ": expected a text or a category, found neither");
            }
        }
        return resolved;
    }

    private static int disputingClause(List<Classification> found) {
        for (int clause = 0; clause < found.size(); clause++) {
            Category category = found.get(clause).category();
            if (category.isComplaint() || category == Category.OTHER) {
                return clause;
            }
        }
        return 0;
    }
}
