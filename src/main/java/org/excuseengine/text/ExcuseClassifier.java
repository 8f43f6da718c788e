package org.excuseengine.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.excuseengine.model.Category;

/**
 * Classifies excuse text (Traditional or Simplified Chinese, English, or a mix) into the
 * contract's categories by the phrases of a {@link Lexicon}.
 *
 * <p>A text is folded ({@link TextNormalizer}), its English misspellings mended, read once for
 * every phrase and marker, and split into clauses. In each clause the phrases that are not negated
 * add their weights to their categories; a category whose score reaches {@link #ENOUGH} is an
 * excuse. The same category in several clauses is one excuse. Holds no state between calls, so
 * one instance may serve many threads.
 */
public final class ExcuseClassifier {
    /** A clause names a category once its phrases weigh this much: one ordinary phrase does it. */
    static final double ENOUGH = 1.0;
    /** A second category in the same clause must weigh at least this share of the first. */
    static final double SECOND_EXCUSE_SHARE = 0.5;
    /**
     * Before a contrast ("..., but ..."), a category weighing less than this is a concession, not
     * an excuse, once the clause after the contrast names one: "the goods are so-so, but the real
     * problem is cash" is a cash excuse.
     */
    static final double CONCESSION_BELOW = 2.0;
    /** How sure the classifier is of OTHER when nothing in the text fits any category. */
    static final double NOTHING_FITS_CONFIDENCE = 0.2;
    /** The score at which confidence has risen about two thirds of the way to certainty. */
    private static final double CONFIDENCE_SCALE = 1.2;

    private final Lexicon lexicon;

    public ExcuseClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Builds the process-wide tables that reading text needs (ICU's readings of Chinese
     * characters) now, so that the first text classified does not wait a few hundred
     * milliseconds for them. Optional: they are built on first use otherwise.
     */
    public static void loadTables() {
        Homophones.loadTables();
    }

    /**
     * The excuses found in {@code text}, in the order they are first made, one per category; never
     * empty: a text in which nothing fits is a single {@link Category#OTHER} with a confidence
     * below 0.5.
     */
    public List<Classification> classify(String text) {
        String input = text == null ? "" : text;
        FoldedText folded = lexicon.typoCorrector().correct(TextNormalizer.foldKeepingOrigins(input));
        PhraseIndex.Hits hits = lexicon.index().scan(folded);
        List<Clause> clauses = Clause.split(folded, hits.markers());
        List<ClauseReading> readings = new ArrayList<>();
        for (Clause clause : clauses) {
            readings.add(read(clause, folded, hits));
        }
        dropConcessions(clauses, readings);
        Map<Category, Excuse> excuses = new LinkedHashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            ClauseReading reading = readings.get(i);
            for (Map.Entry<Category, Double> named : reading.named().entrySet()) {
                excuses.computeIfAbsent(named.getKey(), c -> new Excuse())
                        .add(i, named.getValue(), reading.rival(), reading.phrases().get(named.getKey()));
            }
        }
        if (excuses.isEmpty()) {
            return List.of(new Classification(input.strip(), Category.OTHER, NOTHING_FITS_CONFIDENCE, List.of()));
        }
        List<Classification> found = new ArrayList<>();
        excuses.forEach((category, excuse) -> found.add(excuse.toClassification(category, clauses, folded)));
        return List.copyOf(found);
    }

    /**
     * What one clause says: the categories it names with their scores, the strongest category it
     * does not name (which makes the named ones less certain), and the wording that matched.
     */
    private record ClauseReading(Map<Category, Double> named, double rival, Map<Category, Set<String>> phrases) {}

    private ClauseReading read(Clause clause, FoldedText text, PhraseIndex.Hits hits) {
        List<PhraseMatch> matches = PhraseMatch.findAll(clause, hits, lexicon.index(), lexicon.patterns(), text);
        Set<PhraseMatch> negated = Negation.negated(matches, clause, hits, text, lexicon.markers().negationReach());
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        Map<Category, Set<String>> phrases = new EnumMap<>(Category.class);
        for (PhraseMatch match : matches) {
            if (!negated.contains(match)) {
                Category category = match.pattern().category();
                scores.merge(category, match.weight(), Double::sum);
                phrases.computeIfAbsent(category, c -> new LinkedHashSet<>()).add(match.wording(text));
            }
        }
        double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double rival = 0;
        Map<Category, Double> named = new EnumMap<>(Category.class);
        for (Map.Entry<Category, Double> score : scores.entrySet()) {
            if (score.getValue() >= ENOUGH && score.getValue() >= SECOND_EXCUSE_SHARE * top) {
                named.put(score.getKey(), score.getValue());
            } else {
                rival = Math.max(rival, score.getValue());
            }
        }
        return new ClauseReading(named, rival, phrases);
    }

    /** Before a contrast that names an excuse, faint categories are conceded points, not excuses. */
    private static void dropConcessions(List<Clause> clauses, List<ClauseReading> readings) {
        for (int i = 0; i + 1 < clauses.size(); i++) {
            if (clauses.get(i + 1).afterContrast() && !readings.get(i + 1).named().isEmpty()) {
                readings.get(i).named().values().removeIf(score -> score < CONCESSION_BELOW);
            }
        }
    }

    /** One category's evidence gathered over the clauses that name it. */
    private static final class Excuse {
        private final List<Integer> clauses = new ArrayList<>();
        private final Set<String> phrases = new LinkedHashSet<>();
        private double score;
        private double rival;

        void add(int clause, double clauseScore, double clauseRival, Set<String> clausePhrases) {
            clauses.add(clause);
            score += clauseScore;
            rival = Math.max(rival, clauseRival);
            phrases.addAll(clausePhrases);
        }

        /** Confidence grows with the evidence and shrinks with a rival category in the same clauses. */
        Classification toClassification(Category category, List<Clause> all, FoldedText text) {
            double strength = 1 - Math.exp(-score / CONFIDENCE_SCALE);
            double share = score / (score + rival);
            double confidence = Math.round(strength * share * 100) / 100.0;
            return new Classification(wording(all, text), category, confidence, List.copyOf(phrases));
        }

        /** The customer's words for this excuse: one stretch when its clauses are neighbours, else each clause. */
        private String wording(List<Clause> all, FoldedText text) {
            int first = clauses.get(0);
            int last = clauses.get(clauses.size() - 1);
            if (last - first == clauses.size() - 1) {
                return text.originalSlice(all.get(first).start(), all.get(last).end());
            }
            List<String> pieces = new ArrayList<>();
            clauses.forEach(c -> pieces.add(text.originalSlice(all.get(c).start(), all.get(c).end())));
            return String.join(" … ", pieces);
        }
    }
}
