package org.excuseengine.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Realistic visits: the shipped examples and the rule scenarios. */
final class Samples {
    private Samples() {}

    static String visit() {
        return read(Path.of("examples", "visit.json"));
    }

    /** The lines of examples/visits.jsonl. */
    static List<String> exampleLines() {
        return lines(Path.of("examples", "visits.jsonl"));
    }

    /** The examples and every scenario visit of rules/tests. */
    static List<String> manyVisits() {
        List<String> visits = new ArrayList<>(exampleLines());
        try (Stream<Path> files = Files.list(Path.of("rules", "tests"))) {
            files.filter(file -> file.toString().endsWith(".jsonl")).sorted().forEach(file -> visits.addAll(lines(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return visits;
    }

    private static List<String> lines(Path file) {
        return read(file).lines().filter(line -> !line.isBlank()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
