package org.excuseengine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.excuseengine.model.Category;

/**
 * The labelled excuses the tests read: the team's held-out set from the test resources
 * ({@code CATEGORY[+CATEGORY...] <TAB> text} a line), and the example corpus of the shipped rules.
 */
final class LabelledCorpus {
    static final Path LEXICON = Path.of("rules", "lexicon");
    /** The source of the examples the lexicon's phrases were tuned on. */
    static final String TUNING_SOURCE = "team:tuning-corpus";

    private LabelledCorpus() {}

    /** Every example of the shipped corpus. */
    static List<Example> shipped() {
        return ExampleCorpus.load(LEXICON);
    }

    /** The shipped examples the lexicon's phrases were tuned on. */
    static List<Example> tuning() {
        return shipped().stream().filter(e -> e.source().equals(TUNING_SOURCE)).toList();
    }

    /** A two-column test resource, each line an example whose source is the resource. */
    static List<Example> read(String resource) {
        try (InputStream in = LabelledCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                if (columns.length != 2) {
                    throw new IllegalStateException(resource + ":" + (i + 1) + ": expected 'CATEGORY<TAB>text'");
                }
                Set<Category> expected = EnumSet.noneOf(Category.class);
                for (String name : columns[0].split("\\+")) {
                    expected.add(Category.valueOf(name.strip()));
                }
                String text = columns[1].strip();
                examples.add(new Example(Path.of(resource), i + 1, Languages.detect(text).orElse("?"), expected, false,
                        resource, text));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
