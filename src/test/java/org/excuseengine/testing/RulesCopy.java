package org.excuseengine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the shipped rules folder, for tests that edit rules on purpose. */
public final class RulesCopy {
    private final Path root;

    private RulesCopy(Path root) {
        this.root = root;
    }

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

    public Path root() {
        return root;
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code before} by {@code after} in {@code file}; fails if {@code before} is not there. */
    public void edit(String file, String before, String after) {
        String text = read(file);
        if (!text.contains(before)) {
            throw new IllegalArgumentException(file + " does not contain: " + before);
        }
        write(file, text.replace(before, after));
    }

    public void write(String file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
