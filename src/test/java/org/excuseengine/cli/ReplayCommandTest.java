package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ObjectNode example;

    @TempDir
    Path dir;

    @BeforeAll
    static void readExample() throws IOException {
        example = (ObjectNode) MAPPER.readTree(Files.readString(Path.of("examples/visit.json")));
    }

    @Test
    void rejectedLinesKeepTheirPlaceAndUnmetExpectationsAreReportedByLineAndVisit() throws IOException {
        ObjectNode missed = MAPPER.readValue(visit("V-3"), ObjectNode.class);
        missed.putObject("expect").put("escalation", "LEGAL");
        Path in = write("in.jsonl", visit("V-1"), "{not json", missed.toString(), "", visit("V-5"));
        Path out = dir.resolve("out.jsonl");
        Path metrics = dir.resolve("metrics.json");

        Cli.Run run = Cli.run("replay", in.toString(), "--out", out.toString(), "--metrics", metrics.toString(), "--threads", "2");

        assertEquals(ExitCodes.EXPECTATIONS_NOT_MET, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(5, lines.size());
        assertEquals("V-3", MAPPER.readTree(lines.get(2)).get("visitId").asText());
        assertEquals(2, MAPPER.readTree(lines.get(1)).get("line").asInt());
        assertEquals(4, MAPPER.readTree(lines.get(3)).get("line").asInt());
        assertFalse(Files.exists(dir.resolve("out.jsonl.partial")));
        assertTrue(run.err().contains("line 3, visit V-3: expectation not met: escalation: expected LEGAL, got "), run.err());
        assertTrue(run.err().contains("3 visits assessed, 2 rejected"), run.err());
        assertTrue(run.err().contains("1 visit(s) did not meet their expectation"), run.err());
        assertTrue(run.err().contains("Commitments by verdict"), run.err());
        JsonNode written = MAPPER.readTree(metrics.toFile());
        assertEquals(3, written.at("/champion/visits").asInt());
        assertEquals(3, written.at("/champion/commitments/judged").asInt());
        assertTrue(written.at("/champion/neverFired").size() > 0);
    }

    @Test
    void aBadThreadCountIsAUsageErrorFoundBeforeAnyRuleIsLoaded() {
        Cli.Run run = Cli.run("replay", "--threads", "0", "in.jsonl");

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--threads: expected 1 or more, got 0"), run.err());
    }

    @Test
    void aChallengerRunsOnTheSameVisitsAndIsComparedWithTheChampion() throws IOException {
        Path challenger = copyOfRules();
        String rule = "ExcuseRepeat(category == Category.TIGHT_CASH, windowDays == 90, times >= 1";
        Path tightCash = challenger.resolve("credibility/tight-cash.drl");
        String text = Files.readString(tightCash);
        assertTrue(text.contains(rule), "the test changes this condition, which is no longer in tight-cash.drl: " + rule);
        Files.writeString(tightCash, text.replace(rule, rule.replace("times >= 1", "times >= 2")));
        ObjectNode firstTime = MAPPER.readValue(visit("V-2"), ObjectNode.class);
        firstTime.putObject("history");
        Path in = write("in.jsonl", visit("V-1"), firstTime.toString());
        Path metrics = dir.resolve("metrics.json");

        Cli.Run run = Cli.run("replay", in.toString(), "--challenger", challenger.toString(), "--metrics", metrics.toString(),
                "--sample", "3");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode comparison = MAPPER.readTree(metrics.toFile()).get("comparison");
        assertEquals(2, comparison.get("compared").asInt());
        assertEquals(1, comparison.get("verdictChanged").asInt(), comparison.toString());
        assertEquals("V-1", comparison.at("/sample/0/visitId").asText());
        assertTrue(comparison.at("/verdictChanges").fieldNames().next().startsWith("NOT_CREDIBLE -> "), comparison.toString());
        assertTrue(run.err().contains("Champion vs challenger: 2 visits compared, 1 changed"), run.err());
        assertTrue(run.err().contains("challenger:"), run.err());
    }

    private Path copyOfRules() throws IOException {
        Path source = Path.of("rules");
        Path target = dir.resolve("challenger");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    private static String visit(String visitId) {
        return example.deepCopy().put("visitId", visitId).toString();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
