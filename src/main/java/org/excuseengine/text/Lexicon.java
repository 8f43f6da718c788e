package org.excuseengine.text;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.excuseengine.model.Category;

/**
 * What the classifier knows about wording, read from plain text files that rule authors edit:
 * {@code <lexicon>/<category>.txt} (for example {@code tight-cash.txt}) with the phrases that point
 * to each category, and {@code <lexicon>/markers/} with clause breaks, contrast and negation words
 * and spelling fixes; and the model trained from the labelled examples in
 * {@code <lexicon>/examples/*.tsv} ({@link ExampleCorpus}), which reads a clause where no phrase
 * decides (trained when the examples are new or changed, reused when a load finds them as they
 * were). The lexicon README describes the formats. Immutable, and built once into a single-pass
 * matcher, so one instance serves any number of threads.
 */
public final class Lexicon {
    private final List<PhrasePattern> patterns;
    private final Markers markers;
    private final PhraseIndex index;
    private final TypoCorrector typoCorrector;
    private final ExcuseModel model;

    private Lexicon(List<PhrasePattern> patterns, Markers markers, ExcuseModel model) {
        this.patterns = List.copyOf(patterns);
        this.markers = markers;
        this.index = new PhraseIndex(this.patterns, markers);
        this.typoCorrector = new TypoCorrector(this.patterns, markers);
        this.model = model;
    }

    private Lexicon(Lexicon phrases, ExcuseModel model) {
        this.patterns = phrases.patterns;
        this.markers = phrases.markers;
        this.index = phrases.index;
        this.typoCorrector = phrases.typoCorrector;
        this.model = model;
    }

    /**
     * Reads the lexicon in {@code lexiconDir}. A missing folder gives an empty lexicon, which
     * classifies every text as {@link Category#OTHER}; a missing category file gives that category
     * no phrases.
     *
     * @throws LexiconException naming the file and line of anything that cannot be read as written,
     *                          or a {@code .txt} file whose name is not a category
     */
    public static Lexicon load(Path lexiconDir) {
        if (!Files.isDirectory(lexiconDir)) {
            return new Lexicon(List.of(), Markers.load(lexiconDir), ExcuseModel.NONE);   // finds no marker files either
        }
        rejectUnknownFiles(lexiconDir);
        Map<String, PhrasePattern> byPhrase = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            Path file = lexiconDir.resolve(fileName(category));
            if (Files.isRegularFile(file)) {
                for (LexiconLine line : LexiconLine.read(file)) {
                    PhrasePattern pattern = PatternParser.parse(line, category);
                    // The same phrase twice in a category counts once, at its higher weight.
                    byPhrase.merge(category + "\u0000" + pattern.parts(), pattern, (a, b) -> a.weight() >= b.weight() ? a : b);
                }
            }
        }
        return new Lexicon(new ArrayList<>(byPhrase.values()), Markers.load(lexiconDir),
                ExcuseModel.train(ExampleCorpus.load(lexiconDir)));
    }

    /**
     * The same phrases and markers with a model trained on {@code examples} instead of the
     * folder's corpus: for evaluations that hold examples out of training. The model is reused if
     * one was trained on the same examples lately.
     */
    public Lexicon trainedOn(List<Example> examples) {
        return new Lexicon(this, ExcuseModel.train(examples));
    }

    /** As {@link #trainedOn}, but trained anew even when a model of these examples is kept: for measuring training. */
    public Lexicon trainedAfreshOn(List<Example> examples) {
        return new Lexicon(this, ExcuseModel.trainAfresh(examples));
    }

    /** How many examples its model was trained on (0: no model, the phrases alone decide). */
    public int exampleCount() {
        return model.examples();
    }

    ExcuseModel model() {
        return model;
    }

    /** The file that holds a category's phrases: {@code TIGHT_CASH} is {@code tight-cash.txt}. */
    public static String fileName(Category category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }

    /** How many phrases (lexicon lines) the lexicon holds. */
    public int phraseCount() {
        return patterns.size();
    }

    List<PhrasePattern> patterns() {
        return patterns;
    }

    Markers markers() {
        return markers;
    }

    PhraseIndex index() {
        return index;
    }

    TypoCorrector typoCorrector() {
        return typoCorrector;
    }

    /** A misspelt file name would otherwise be ignored in silence, and its phrases with it. */
    private static void rejectUnknownFiles(Path lexiconDir) {
        Set<String> known = new TreeSet<>();
        for (Category category : Category.values()) {
            known.add(fileName(category));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(lexiconDir, "*.txt")) {
            for (Path file : files) {
                if (!known.contains(file.getFileName().toString())) {
                    throw new LexiconException(file, 0, "is not a category file; category files are " + known);
                }
            }
        } catch (IOException e) {
            throw new LexiconException(lexiconDir, "cannot be listed", e);
        }
    }
}
