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
 * excuse. The same category in several clauses is one excuse. Keeps no state between calls but a
 * thread-safe memory of the spelling fixes found, so one instance may serve many threads.
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
    /** The model names the excuse of a clause where no phrase matched once it is this sure. */
    static final double MODEL_ENOUGH = 0.3;
    /** Where the lexicon names several categories in one clause, the model keeps the one it is this sure of. */
    static final double MODEL_SETTLES_SPLIT = 0.8;
    /** The model reads a clause as evidence for a neighbouring excuse once it is this sure. */
    static final double EVIDENCE_ENOUGH = 0.6;
    /** A clause with a phrase this heavy is the lexicon's alone: an author's clear phrase wins over the model. */
    static final double STRONG_PHRASE = 2.0;
    /** Beside a clause the lexicon decided, the model names another excuse only when it is this sure. */
    static final double MODEL_BESIDE_LEXICON = 0.9;
    /** A text naming several excuses keeps only the model's choice when the model is this sure of it ... */
    static final double SETTLE_TOP = 0.4;
    /** ... and gives each of the others less than this. */
    static final double SETTLE_DROP = 0.25;
    /** How many model features an explanation shows. */
    static final int FEATURES_SHOWN = 5;
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
        return read(text, false).classifications();
    }

    /** How {@code text} was read clause by clause, and what came of it: for explanations. */
    public Reading explain(String text) {
        return read(text, true);
    }

    /**
     * A text as read: each clause with the lexicon's phrases and the model's view, and the excuses
     * that came of them.
     */
    public record Reading(List<ClauseView> clauses, List<Classification> classifications) {}

    /**
     * One clause as read. {@code decidedBy}: "lexicon", "model", "evidence" (it supports a
     * neighbouring excuse), "negated" (its phrases are all denied) or "nothing".
     */
    public record ClauseView(String clause, String decidedBy, List<String> phrases, List<String> negatedPhrases,
                             String modelOutcome, double modelProbability, List<String> modelFeatures) {}

    private Reading read(String text, boolean explained) {
        String input = text == null ? "" : text;
        FoldedText folded = lexicon.typoCorrector().correct(TextNormalizer.foldKeepingOrigins(input));
        PhraseIndex.Hits hits = lexicon.index().scan(folded);
        List<Clause> clauses = Clause.split(folded, hits.markers());
        List<ClauseReading> readings = new ArrayList<>();
        for (Clause clause : clauses) {
            readings.add(read(clause, folded, hits));
        }
        dropConcessions(clauses, readings);
        demoteModelBesideLexicon(readings);
        attachEvidence(readings);
        Map<Category, Excuse> excuses = new LinkedHashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            ClauseReading reading = readings.get(i);
            for (Map.Entry<Category, Double> named : reading.named.entrySet()) {
                excuses.computeIfAbsent(named.getKey(), c -> new Excuse()).add(i, named.getKey(), named.getValue(), reading);
            }
        }
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).supports >= 0) {
                for (Excuse excuse : excuses.values()) {
                    if (excuse.clauses.contains(readings.get(i).supports)) {
                        excuse.attach(i);
                    }
                }
            }
        }
        List<Classification> found = new ArrayList<>();
        settleSeveral(excuses, folded.text());
        if (excuses.isEmpty()) {
            found.add(new Classification(input.strip(), Category.OTHER, NOTHING_FITS_CONFIDENCE, List.of()));
        } else {
            excuses.forEach((category, excuse) -> found.add(excuse.toClassification(category, clauses, folded)));
        }
        List<ClauseView> views = new ArrayList<>();
        for (int i = 0; explained && i < clauses.size(); i++) {
            views.add(readings.get(i).view(folded.originalSlice(clauses.get(i).start(), clauses.get(i).end())));
        }
        return new Reading(List.copyOf(views), List.copyOf(found));
    }

    /** What one clause says, by the lexicon first and by the model where the lexicon is silent or split. */
    private final class ClauseReading {
        /** The categories the clause names, with their lexicon scores (or the model's probability). */
        final Map<Category, Double> named = new EnumMap<>(Category.class);
        /** The strongest category it does not name: it makes the named ones less certain. */
        double rival;
        final Map<Category, Set<String>> phrases = new EnumMap<>(Category.class);
        final List<String> negatedPhrases = new ArrayList<>();
        ExcuseModel.Reading model = ExcuseModel.Reading.NOTHING;
        String decidedBy = "nothing";
        /** An evidence clause's lexicon categories, named after all when the text has no other excuse. */
        final Map<Category, Double> fallback = new EnumMap<>(Category.class);
        /** For an evidence clause, the clause whose excuse it supports; -1 otherwise. */
        int supports = -1;

        boolean evidence() {
            return "evidence".equals(decidedBy);
        }

        List<String> modelFeatures() {
            return model.outcome() == null ? List.of() : lexicon.model().strongestFeatures(model, FEATURES_SHOWN);
        }

        ClauseView view(String wording) {
            List<String> matched = new ArrayList<>();
            phrases.forEach((category, words) -> words.forEach(w -> matched.add(category + ": " + w)));
            return new ClauseView(wording, decidedBy, matched, List.copyOf(negatedPhrases), model.outcome(),
                    Math.round(model.probability() * 100) / 100.0, modelFeatures());
        }
    }

    private ClauseReading read(Clause clause, FoldedText text, PhraseIndex.Hits hits) {
        List<PhraseMatch> matches = PhraseMatch.findAll(clause, hits, lexicon.index(), lexicon.patterns(), text);
        Set<PhraseMatch> negated = Negation.negated(matches, clause, hits, text, lexicon.markers().negationReach());
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        ClauseReading reading = new ClauseReading();
        for (PhraseMatch match : matches) {
            if (negated.contains(match)) {
                reading.negatedPhrases.add(match.wording(text));
            } else {
                Category category = match.pattern().category();
                scores.merge(category, match.weight(), Double::sum);
                reading.phrases.computeIfAbsent(category, c -> new LinkedHashSet<>()).add(match.wording(text));
            }
        }
        double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        for (Map.Entry<Category, Double> score : scores.entrySet()) {
            if (score.getValue() >= ENOUGH && score.getValue() >= SECOND_EXCUSE_SHARE * top) {
                reading.named.put(score.getKey(), score.getValue());
            } else {
                reading.rival = Math.max(reading.rival, score.getValue());
            }
        }
        askModel(reading, text.text().substring(clause.start(), clause.end()), top, !negated.isEmpty() && scores.isEmpty());
        return reading;
    }

    /**
     * Where the lexicon is silent the model names the excuse, if it is sure enough; where the
     * lexicon names several categories the model keeps the one it is sure of and drops the others
     * named by weak phrases only (a clear phrase stays: "defective and cash is tight" is two); a clause of weak
     * phrases the model reads as evidence supports its neighbour's excuse. A clause whose phrases
     * are all denied ("质量没问题") is left alone: it names no excuse.
     */
    private void askModel(ClauseReading reading, String clause, double top, boolean denial) {
        if (denial) {
            reading.decidedBy = "negated";
            return;
        }
        boolean split = reading.named.size() > 1;
        boolean silent = reading.named.isEmpty();
        boolean weak = top < STRONG_PHRASE;
        if (!silent) {
            reading.decidedBy = "lexicon";
        }
        if (lexicon.model().isEmpty() || !(silent || split || weak)) {
            return;
        }
        reading.model = lexicon.model().read(clause);
        Category category = reading.model.category();
        double probability = reading.model.probability();
        if (reading.model.is(ExampleCorpus.EVIDENCE) && probability >= EVIDENCE_ENOUGH && weak) {
            reading.fallback.putAll(reading.named);
            reading.named.clear();
            reading.decidedBy = "evidence";
        } else if (silent && category != null && probability >= MODEL_ENOUGH) {
            reading.named.put(category, probability);
            reading.decidedBy = "model";
        } else if (split && category != null && probability >= MODEL_SETTLES_SPLIT && reading.named.containsKey(category)) {
            reading.named.entrySet().removeIf(named -> named.getKey() != category && named.getValue() < STRONG_PHRASE);
            reading.decidedBy = "lexicon+model";
        }
    }

    /**
     * Where the lexicon names an excuse in one clause, a neighbouring clause it is silent on is
     * most often the same excuse said again or a remark that supports it ("business has been
     * terrible, we're short"): the model names a second excuse there only when it is very sure;
     * otherwise the clause supports its neighbour's excuse, as evidence does.
     */
    private static void demoteModelBesideLexicon(List<ClauseReading> readings) {
        boolean lexiconNamed = readings.stream().anyMatch(r -> "lexicon".equals(r.decidedBy) || "lexicon+model".equals(r.decidedBy));
        if (!lexiconNamed) {
            return;
        }
        for (ClauseReading reading : readings) {
            if ("model".equals(reading.decidedBy) && reading.model.probability() < MODEL_BESIDE_LEXICON) {
                reading.named.clear();
                reading.decidedBy = "evidence";
            }
        }
    }

    /**
     * A text that names several excuses is read by the model as a whole: an excuse named only by
     * weak phrases (or by the model), to which the model gives almost no chance in this text, is
     * dropped when the model is sure of another one named ("实在没钱，你们再宽限几天" asks for
     * time because cash is short: one excuse). A clear phrase of the lexicon is never dropped.
     */
    private void settleSeveral(Map<Category, Excuse> excuses, String folded) {
        if (excuses.size() < 2 || lexicon.model().isEmpty()) {
            return;
        }
        ExcuseModel.Reading whole = lexicon.model().read(folded);
        Category top = whole.category();
        if (top == null || !excuses.containsKey(top) || whole.probability() < SETTLE_TOP) {
            return;
        }
        excuses.entrySet().removeIf(excuse -> excuse.getKey() != top && excuse.getValue().strongestClause < STRONG_PHRASE
                && lexicon.model().probability(whole, excuse.getKey()) < SETTLE_DROP);
    }

    /**
     * An evidence clause supports the excuse made just before it, or else the one just after it.
     * When the text makes no other excuse, the evidence clause's own phrases count after all
     * ("已經打客服" alone is still an after-sales complaint).
     */
    private static void attachEvidence(List<ClauseReading> readings) {
        boolean anyExcuse = readings.stream().anyMatch(r -> !r.named.isEmpty());
        for (int i = 0; i < readings.size(); i++) {
            ClauseReading reading = readings.get(i);
            if (!reading.evidence()) {
                continue;
            }
            if (!anyExcuse) {
                reading.named.putAll(reading.fallback);
                reading.decidedBy = reading.named.isEmpty() ? "evidence" : "lexicon";
                continue;
            }
            for (int distance = 1; distance < readings.size() && reading.supports < 0; distance++) {
                if (i - distance >= 0 && !readings.get(i - distance).named.isEmpty()) {
                    reading.supports = i - distance;
                } else if (i + distance < readings.size() && !readings.get(i + distance).named.isEmpty()) {
                    reading.supports = i + distance;
                }
            }
        }
    }

    /** Before a contrast that names an excuse, faint categories are conceded points, not excuses. */
    private static void dropConcessions(List<Clause> clauses, List<ClauseReading> readings) {
        for (int i = 0; i + 1 < clauses.size(); i++) {
            if (clauses.get(i + 1).afterContrast() && !readings.get(i + 1).named.isEmpty()
                    && "lexicon".equals(readings.get(i).decidedBy)) {
                readings.get(i).named.values().removeIf(score -> score < CONCESSION_BELOW);
            }
        }
    }

    /** One category's evidence gathered over the clauses that name it. */
    private static final class Excuse {
        private final List<Integer> clauses = new ArrayList<>();
        private final Set<String> phrases = new LinkedHashSet<>();
        private final List<String> features = new ArrayList<>();
        private double score;
        private double rival;
        private double modelProbability;
        /** The highest lexicon score of one clause naming it: the lexicon's own certainty. */
        private double strongestClause;

        void add(int clause, Category category, double clauseScore, ClauseReading reading) {
            clauses.add(clause);
            if ("model".equals(reading.decidedBy)) {
                modelProbability = Math.max(modelProbability, clauseScore);
                if (features.isEmpty()) {
                    features.addAll(reading.modelFeatures());
                }
            } else {
                score += clauseScore;
                strongestClause = Math.max(strongestClause, clauseScore);
                rival = Math.max(rival, reading.rival);
                phrases.addAll(reading.phrases.getOrDefault(category, Set.of()));
            }
        }

        /** An evidence clause that supports this excuse becomes part of its wording. */
        void attach(int clause) {
            clauses.add(clause);
            clauses.sort(null);
        }

        /**
         * From the lexicon, confidence grows with the evidence and shrinks with a rival category in
         * the same clauses; from the model alone, it is the model's probability.
         */
        Classification toClassification(Category category, List<Clause> all, FoldedText text) {
            if (phrases.isEmpty()) {
                return new Classification(wording(all, text), category, Math.round(modelProbability * 100) / 100.0,
                        List.of(), features);
            }
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
