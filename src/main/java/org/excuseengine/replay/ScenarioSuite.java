package org.excuseengine.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;

/**
 * The scenario tests rule authors keep beside their rules, in {@code rules/tests/*.jsonl}: each line
 * a visit with an {@code expect} field and, optionally, a {@code scenario} sentence saying what it
 * shows. Running the suite assesses every line and compares it with its expectation.
 */
public final class ScenarioSuite {
    /** One scenario's outcome; {@code problems} is empty when it passed. */
    public record Result(String file, long line, String scenario, String visitId, List<String> problems,
                         Assessment assessment) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private final ExcuseEngine engine;
    private final ContractJson json;

    public ScenarioSuite(ExcuseEngine engine, ContractJson json) {
        this.engine = engine;
        this.json = json;
    }

    /** The scenario files under {@code testsDir}, in name order. */
    public static List<Path> files(Path testsDir) {
        if (!Files.isDirectory(testsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(testsDir, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenarios in " + testsDir, e);
        }
    }

    public List<Result> run(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenarios " + file, e);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                results.add(runLine(file.getFileName().toString(), i + 1, lines.get(i)));
            }
        }
        return results;
    }

    public List<Result> runAll(Path testsDir) {
        List<Result> results = new ArrayList<>();
        files(testsDir).forEach(file -> results.addAll(run(file)));
        return results;
    }

    private Result runLine(String file, long line, String text) {
        String scenario = null;
        String visitId = null;
        try {
            ContractJson.ReadVisit read = json.read(text);
            scenario = read.tree().path("scenario").asText(null);
            visitId = read.visit().visitId();
            Expectation expectation = Expectation.of(read.tree(), json.mapper());
            if (expectation == null) {
                return new Result(file, line, scenario, visitId, List.of("no \"expect\" field: nothing to check"), null);
            }
            Assessment assessment = engine.assess(read.visit());
            return new Result(file, line, scenario, visitId, expectation.mismatches(assessment), assessment);
        } catch (InvalidVisitException | AssessmentException e) {
            return new Result(file, line, scenario, visitId, List.of("cannot be assessed: " + e.getMessage()), null);
        }
    }
}
