package org.excuseengine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private copy of the shipped rules folder, for tests that break or change rules on purpose. */
public final class RulesCopy {
    private final Path root;

    private RulesCopy(Path root) {
        this.root = root;
    }

    /** A copy of the rules folder {@code shipped}, scenarios included, made at {@code into}. */
    public static RulesCopy of(Path shipped, Path into) {
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(shipped.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return new RulesCopy(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the copy's scenarios, for tests that bring their own or need none. */
    public RulesCopy withoutScenarios() {
        Path tests = root.resolve("tests");
        if (Files.isDirectory(tests)) {
            try (Stream<Path> files = Files.walk(tests)) {
                for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public String read(String file) {
        try {
            return Files.readString(file(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces {@code before} by {@code after} in {@code file}. Fails unless {@code before} stands in
     * the file exactly once, so that an edit followed by its reverse always gives the file back as it
     * was: a test that flips a value back and forth then only ever meets two versions of the rules.
     */
    public RulesCopy edit(String file, String before, String after) {
        String text = read(file);
        int at = text.indexOf(before);
        if (at < 0) {
            throw new IllegalArgumentException(file + " does not contain: " + before);
        }
        if (text.indexOf(before, at + 1) >= 0) {
            throw new IllegalArgumentException(file + " contains more than once: " + before);
        }
        return write(file, text.substring(0, at) + after + text.substring(at + before.length()));
    }

    public RulesCopy append(String file, String text) {
        return write(file, read(file) + text);
    }

    public RulesCopy write(String file, String text) {
        try {
            Files.createDirectories(file(file).getParent());
            Files.writeString(file(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The line of {@code file} on which {@code text} first stands, 1-based. */
    public int lineOf(String file, String text) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line with: " + text);
    }
}
