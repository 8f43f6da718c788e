package org.excuseengine.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.excuseengine.model.Category;

/**
 * Reads the labelled example corpus the excuse model is trained from: every {@code *.tsv} file in
 * {@code rules/lexicon/examples/}, in file-name order, each line
 * {@code language <TAB> categories <TAB> source <TAB> text}. Categories are one category name, or
 * several joined by {@code +}, or {@code EVIDENCE} for a line that only shows evidence or reports
 * an action. {@code #} starts a comment line. The lexicon README describes the format.
 */
public final class ExampleCorpus {
    /** The label of a line that supports an excuse without being one. */
    public static final String EVIDENCE = "EVIDENCE";
    public static final String FOLDER = "examples";
    private static final Set<String> LANGUAGES = Set.of(Languages.EN, Languages.ZH_HANT, Languages.ZH_HANS);

    private ExampleCorpus() {}

    /** The examples in {@code <lexiconDir>/examples/}; none when the folder is missing. */
    public static List<Example> load(Path lexiconDir) {
        return readFolder(lexiconDir.resolve(FOLDER));
    }

    /** The examples of every {@code *.tsv} file in {@code folder}, in file-name order; none when it is missing. */
    public static List<Example> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files(folder)) {
            examples.addAll(read(file));
        }
        return List.copyOf(examples);
    }

    /** The examples of one corpus file. */
    public static List<Example> read(Path file) {
        List<String> lines;
        try {
            lines = List.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().split("\r?\n", -1));
        } catch (CharacterCodingException e) {
            throw new LexiconException(file, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new LexiconException(file, "cannot be read", e);
        }
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                examples.add(parse(file, i + 1, line));
            }
        }
        return examples;
    }

    private static Example parse(Path file, int number, String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 4) {
            throw new LexiconException(file, number, "expected 4 columns separated by tabs "
                    + "(language, categories, source, text), found " + columns.length);
        }
        String language = columns[0].strip();
        if (!LANGUAGES.contains(language)) {
            throw new LexiconException(file, number, "language must be one of " + new TreeSet<>(LANGUAGES) + ", not '" + language + "'");
        }
        String labels = columns[1].strip();
        boolean evidence = EVIDENCE.equals(labels);
        Set<Category> categories = evidence ? Set.of() : categories(file, number, labels);
        String source = columns[2].strip();
        if (source.isEmpty()) {
            throw new LexiconException(file, number, "source is empty: give a URL or a short source name");
        }
        String text = columns[3].strip();
        if (text.isEmpty()) {
            throw new LexiconException(file, number, "text is empty");
        }
        boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (chinese != language.startsWith("zh")) {
            throw new LexiconException(file, number, "language is " + language + " but the text "
                    + (chinese ? "has" : "has no") + " Chinese characters");
        }
        return new Example(file, number, language, categories, evidence, source, text);
    }

    private static Set<Category> categories(Path file, int number, String labels) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String name : labels.split("\\+", -1)) {
            try {
                categories.add(Category.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new LexiconException(file, number, "category '" + name.strip() + "' is not one of "
                        + List.of(Category.values()) + " or " + EVIDENCE);
            }
        }
        return categories;
    }

    private static List<Path> files(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*.tsv")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw new LexiconException(folder, "cannot be listed", e);
        }
        files.sort(null);
        return files;
    }
}
