package org.excuseengine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.excuseengine.model.Category;

/**
 * The phrases that point to each excuse category, read from {@code <rules>/lexicon/<category>.txt}.
 * One phrase a line, optionally followed by {@code | weight}; {@code #} starts a comment.
 */
public final class Lexicon {
    record Entry(Category category, String phrase, String folded, double weight) {}

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads every {@code <category>.txt} in {@code lexiconDir}; a missing folder gives an empty lexicon. */
    public static Lexicon load(Path lexiconDir) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(lexiconDir)) {
            return new Lexicon(entries);
        }
        for (Category category : Category.values()) {
            Path file = lexiconDir.resolve(category.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt");
            if (Files.isRegularFile(file)) {
                readInto(file, category, entries);
            }
        }
        return new Lexicon(entries);
    }

    private static void readInto(Path file, Category category, List<Entry> entries) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> entries.add(parse(line, category)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
    }

    private static Entry parse(String line, Category category) {
        int bar = line.lastIndexOf('|');
        String phrase = bar < 0 ? line : line.substring(0, bar).strip();
        double weight = bar < 0 ? 1.0 : Double.parseDouble(line.substring(bar + 1).strip());
        return new Entry(category, phrase, TextNormalizer.fold(phrase), weight);
    }

    List<Entry> entries() {
        return entries;
    }
}
