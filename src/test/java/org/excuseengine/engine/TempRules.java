package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped rules folder in a temporary folder, to break or change on purpose. */
public final class TempRules {
    public static final Path SHIPPED = Path.of("rules");

    private final Path dir;

    private TempRules(Path dir) {
        this.dir = dir;
    }

    /** A copy of the shipped rules at {@code parent/rules}, without their scenario tests. */
    public static TempRules copyInto(Path parent) {
        Path dir = parent.resolve("rules");
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path source : files.toList()) {
                Path relative = SHIPPED.relativize(source);
                if (relative.startsWith("tests")) {
                    continue;
                }
                Path target = dir.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TempRules(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path file(String relative) {
        return dir.resolve(relative);
    }

    /** Replaces the first {@code find} in a file with {@code replacement}; fails when it is not there. */
    public TempRules replace(String relative, String find, String replacement) {
        String text = read(relative);
        int at = text.indexOf(find);
        assertTrue(at >= 0, relative + " has no \"" + find + "\"");
        return write(relative, text.substring(0, at) + replacement + text.substring(at + find.length()));
    }

    public TempRules append(String relative, String text) {
        return write(relative, read(relative) + text);
    }

    public TempRules write(String relative, String text) {
        try {
            Files.createDirectories(file(relative).getParent());
            Files.writeString(file(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line of a file that contains {@code text}. */
    public int lineOf(String relative, String text) {
        String[] lines = read(relative).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(relative + " has no line with \"" + text + "\"");
    }
}
