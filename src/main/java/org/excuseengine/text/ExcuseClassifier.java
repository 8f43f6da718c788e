package org.excuseengine.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.excuseengine.model.Category;

/** Classifies excuse text into the contract's categories by the phrases of a {@link Lexicon}. */
public final class ExcuseClassifier {
    private final Lexicon lexicon;

    public ExcuseClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The excuses found in {@code text}, one per clause that carries one; never empty: a text that
     * matches nothing is {@link Category#OTHER} with a low confidence.
     */
    public List<Classification> classify(String text) {
        String folded = TextNormalizer.fold(text);
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        Map<Category, List<String>> matched = new EnumMap<>(Category.class);
        for (Lexicon.Entry entry : lexicon.entries()) {
            if (folded.contains(entry.folded())) {
                scores.merge(entry.category(), entry.weight(), Double::sum);
                matched.computeIfAbsent(entry.category(), c -> new ArrayList<>()).add(entry.phrase());
            }
        }
        return List.of(best(text, scores, matched));
    }

    private static Classification best(String text, Map<Category, Double> scores, Map<Category, List<String>> matched) {
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(top -> new Classification(text, top.getKey(), top.getValue() / total, matched.get(top.getKey())))
                .orElseGet(() -> new Classification(text, Category.OTHER, 0.2, List.of()));
    }
}
