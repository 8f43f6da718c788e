package org.excuseengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Visit;

/**
 * The scenario visits a rules folder keeps in {@code tests/*.jsonl}, read for the reload gate: a
 * new version must assess each of them within the time limit before it may serve. Whether a
 * scenario's expectation holds is the {@code test} command's business; the gate asks only that
 * the rules finish. Lines that are not valid visits are left to {@code test} too.
 */
final class ScenarioGate {
    /** One scenario visit and where it is written. */
    record Scenario(String file, int line, Visit visit) {}

    private ScenarioGate() {}

    static List<Scenario> read(Path rulesDir, ContractJson json) {
        Path tests = rulesDir.resolve("tests");
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tests, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String name = rulesDir.relativize(file).toString().replace('\\', '/');
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    try {
                        scenarios.add(new Scenario(name, i + 1, json.readVisit(lines.get(i))));
                    } catch (InvalidVisitException e) {
                        // The test command reports it; it tells nothing about whether the rules finish.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenarios in " + tests, e);
        }
        return scenarios;
    }
}
