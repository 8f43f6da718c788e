package org.excuseengine.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One {@code rebuttals_<lang>.properties} file as written, with the line of every text, so that a
 * problem with a text can be shown where it is. The texts are read the way {@link RebuttalCatalog}
 * reads them (UTF-8 properties); only the line numbers are this class's own.
 */
final class RebuttalFile {
    /** One text: its id, the 1-based line its id is written on, and the text. */
    record Entry(String id, int line, String text) {}

    private final String path;
    private final boolean exists;
    private final List<Entry> entries;

    private RebuttalFile(String path, boolean exists, List<Entry> entries) {
        this.path = path;
        this.exists = exists;
        this.entries = List.copyOf(entries);
    }

    /** The file of {@code language} under {@code rulesDir}; {@code path} names it relative to that folder. */
    static RebuttalFile of(Path rulesDir, String language) {
        String path = "rebuttals/" + RebuttalCatalog.fileName(language);
        Path file = rulesDir.resolve(path);
        if (!Files.isRegularFile(file)) {
            return new RebuttalFile(path, false, List.of());
        }
        try {
            return new RebuttalFile(path, true, entries(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    String path() {
        return path;
    }

    boolean exists() {
        return exists;
    }

    List<Entry> entries() {
        return entries;
    }

    boolean has(String id) {
        return entries.stream().anyMatch(entry -> entry.id().equals(id));
    }

    /** Each logical line of a properties file, read on its own so that its id, text and line stay together. */
    private static List<Entry> entries(String content) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int first = i;
            String trimmed = lines[i].stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(lines[i]);
            while (endsWithContinuation(lines[i]) && i + 1 < lines.length) {
                logical.append('\n').append(lines[++i]);
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                continue;   // RebuttalCatalog cannot read it either; nothing to point at but the line
            }
            for (String id : one.stringPropertyNames()) {
                entries.add(new Entry(id, first + 1, one.getProperty(id)));
            }
        }
        return entries;
    }

    /** An odd number of backslashes at the end of a line continues it on the next. */
    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
