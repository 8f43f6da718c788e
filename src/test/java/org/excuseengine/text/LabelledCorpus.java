package org.excuseengine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.excuseengine.model.Category;

/** A labelled excuse file from the test resources: {@code CATEGORY[+CATEGORY...] <TAB> text} a line. */
final class LabelledCorpus {
    /** One labelled excuse, with its line number for failure messages. */
    record Example(int line, Set<Category> expected, String text) {}

    private LabelledCorpus() {}

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
                examples.add(new Example(i + 1, expected, columns[1].strip()));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
