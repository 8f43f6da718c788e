package org.excuseengine.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.excuseengine.model.Category;

/**
 * Scores a classifier on labelled examples. A text counts as right when the set of categories
 * found equals the set expected. Precision and recall are per category label; the confusion matrix
 * pairs each expected label with a found one (right ones first), and "-" stands for none.
 */
public final class Evaluation {
    private static final Category[] CATEGORIES = Category.values();
    private static final int NONE = CATEGORIES.length;

    private final int[][] confusion = new int[NONE + 1][NONE + 1];
    private final Map<String, int[]> byLanguage = new TreeMap<>();   // language -> {right, total}
    private final Map<String, int[]> bySource = new TreeMap<>();     // source -> {right, total}
    private final Map<Category, Integer> examplesPerCategory = new EnumMap<>(Category.class);
    private final List<String> failures = new ArrayList<>();
    private int right;
    private int total;

    /** Classifies every excuse of {@code examples} (evidence lines make no excuse and are left out). */
    public static Evaluation of(List<Example> examples, ExcuseClassifier classifier) {
        Evaluation evaluation = new Evaluation();
        for (Example example : examples) {
            if (!example.evidence()) {
                evaluation.add(example, classifier.classify(example.text()));
            }
        }
        return evaluation;
    }

    /**
     * The honest figure: the examples are dealt into {@code folds} groups by source, a whole source
     * in one group, and each group is classified by a model trained on the other groups only. The
     * phrases of the lexicon stay as they are.
     */
    public static Evaluation bySourceFolds(List<Example> examples, Lexicon lexicon, int folds) {
        List<List<Example>> groups = SourceFolds.deal(examples, folds);
        Evaluation evaluation = new Evaluation();
        for (int k = 0; k < groups.size(); k++) {
            List<Example> training = new ArrayList<>();
            for (int other = 0; other < groups.size(); other++) {
                if (other != k) {
                    training.addAll(groups.get(other));
                }
            }
            ExcuseClassifier classifier = new ExcuseClassifier(lexicon.trainedOn(training));
            for (Example example : groups.get(k)) {
                if (!example.evidence()) {
                    evaluation.add(example, classifier.classify(example.text()));
                }
            }
        }
        return evaluation;
    }

    private void add(Example example, List<Classification> found) {
        Set<Category> predicted = EnumSet.noneOf(Category.class);
        found.forEach(c -> predicted.add(c.category()));
        boolean correct = predicted.equals(example.categories());
        total++;
        right += correct ? 1 : 0;
        int[] language = byLanguage.computeIfAbsent(example.language(), l -> new int[2]);
        language[0] += correct ? 1 : 0;
        language[1]++;
        int[] source = bySource.computeIfAbsent(example.source(), s -> new int[2]);
        source[0] += correct ? 1 : 0;
        source[1]++;
        example.categories().forEach(c -> examplesPerCategory.merge(c, 1, Integer::sum));
        if (!correct) {
            failures.add(example.place() + ": expected " + new java.util.TreeSet<>(example.categories()) + ", got "
                    + describe(found) + "  | " + example.text());
        }
        List<Category> missed = new ArrayList<>();
        List<Category> extra = new ArrayList<>(predicted);
        for (Category expected : new java.util.TreeSet<>(example.categories())) {
            if (predicted.contains(expected)) {
                confusion[expected.ordinal()][expected.ordinal()]++;
                extra.remove(expected);
            } else {
                missed.add(expected);
            }
        }
        for (int i = 0; i < Math.max(missed.size(), extra.size()); i++) {
            int row = i < missed.size() ? missed.get(i).ordinal() : NONE;
            int column = i < extra.size() ? extra.get(i).ordinal() : NONE;
            confusion[row][column]++;
        }
    }

    private static String describe(List<Classification> found) {
        List<String> parts = new ArrayList<>();
        found.forEach(c -> parts.add(c.category() + String.format("(%.2f)%s", c.confidence(), c.matchedPhrases())));
        return String.join(" + ", parts);
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) right / total;
    }

    public int size() {
        return total;
    }

    public List<String> failures() {
        return failures;
    }

    public Map<String, Integer> examplesPerLanguage() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byLanguage.forEach((language, counts2) -> counts.put(language, counts2[1]));
        return counts;
    }

    public Map<Category, Integer> examplesPerCategory() {
        return examplesPerCategory;
    }

    public double precision(Category category) {
        int c = category.ordinal();
        int foundAs = 0;
        for (int row = 0; row <= NONE; row++) {
            foundAs += confusion[row][c];
        }
        return foundAs == 0 ? 1 : (double) confusion[c][c] / foundAs;
    }

    public double recall(Category category) {
        int c = category.ordinal();
        int expectedAs = 0;
        for (int column = 0; column <= NONE; column++) {
            expectedAs += confusion[c][column];
        }
        return expectedAs == 0 ? 1 : (double) confusion[c][c] / expectedAs;
    }

    /** Accuracy of each source with at least {@code minimum} examples, as "source: accuracy (right/total)". */
    public List<String> accuracyBySource(int minimum) {
        List<String> lines = new ArrayList<>();
        bySource.forEach((source, counts) -> {
            if (counts[1] >= minimum) {
                lines.add(String.format("%5.1f%% %4d/%-4d %s", 100.0 * counts[0] / counts[1], counts[0], counts[1], source));
            }
        });
        return lines;
    }

    /** Accuracy overall and by language, precision and recall per category, and the confusion matrix. */
    public String report(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n=== %s: %d texts, accuracy %.1f%% (%d right)%n", title, total, 100 * accuracy(), right));
        byLanguage.forEach((language, counts) -> out.append(String.format("  %-8s %4d texts, accuracy %.1f%%%n",
                language, counts[1], 100.0 * counts[0] / counts[1])));
        out.append(String.format("%n  %-22s %9s %9s %9s%n", "category", "examples", "precision", "recall"));
        for (Category category : CATEGORIES) {
            out.append(String.format("  %-22s %9d %8.1f%% %8.1f%%%n", category, examplesPerCategory.getOrDefault(category, 0),
                    100 * precision(category), 100 * recall(category)));
        }
        out.append(String.format("%n  confusion (rows expected, columns found; - = none):%n  %-6s", ""));
        for (int column = 0; column <= NONE; column++) {
            out.append(String.format("%6s", abbreviation(column)));
        }
        out.append('\n');
        for (int row = 0; row <= NONE; row++) {
            out.append(String.format("  %-6s", abbreviation(row)));
            for (int column = 0; column <= NONE; column++) {
                out.append(String.format("%6d", confusion[row][column]));
            }
            out.append('\n');
        }
        out.append("  (QUAL=QUALITY AFTS=AFTER_SALES PROM=PROMOTION_SUPPORT COMP=COMPETITOR_TOOK_FUNDS "
                + "DOWN=DOWNSTREAM_DEBT CASH=TIGHT_CASH SOON=PAYING_SOON OTHR=OTHER)\n");
        return out.toString();
    }

    private static String abbreviation(int index) {
        if (index == NONE) {
            return "-";
        }
        return switch (CATEGORIES[index]) {
            case QUALITY -> "QUAL";
            case AFTER_SALES -> "AFTS";
            case PROMOTION_SUPPORT -> "PROM";
            case COMPETITOR_TOOK_FUNDS -> "COMP";
            case DOWNSTREAM_DEBT -> "DOWN";
            case TIGHT_CASH -> "CASH";
            case PAYING_SOON -> "SOON";
            case OTHER -> "OTHR";
        };
    }
}
