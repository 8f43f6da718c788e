package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end: what a user types, what comes out, and the exit code. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void classifyPrintsTheAssessmentOfOneVisit() throws Exception {
        int exit = run("classify", "examples/visit.json");

        assertEquals(0, exit, err.toString());
        JsonNode assessment = JSON.readTree(out.toString());
        assertEquals("V-1001", assessment.get("visitId").asText());
        assertEquals("DOUBTFUL", assessment.get("verdict").asText());
        assertEquals("TIGHT_CASH", assessment.at("/excuses/0/category").asText());
        assertEquals(55, assessment.at("/excuses/0/score").asInt());
        assertEquals("HIGH", assessment.at("/risk/level").asText());
    }

    @Test
    void classifyAsTextShowsTheVerdictTheReasonsAndTheAnswer() {
        int exit = run("classify", "--format", "text", "--lang", "zh-Hans", "examples/visit.json");

        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("TIGHT_CASH"), out.toString());
        assertTrue(out.toString().contains("why:"), out.toString());
        assertTrue(out.toString().contains("answer:"), out.toString());
    }

    @Test
    void classifyRejectsABadVisitNamingTheField() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"visitId\":\"V-2\",\"customer\":{\"id\":\"C\",\"creditRating\":\"E\"}}");

        int exit = run("classify", bad.toString());

        assertEquals(3, exit);
        assertTrue(err.toString().contains("/customer/creditRating"), err.toString());
    }

    @Test
    void classifyRejectsAVisitWhoseBytesAreNotUtf8() throws Exception {
        Path bad = temp.resolve("latin1.json");
        Files.write(bad, "{\"visitId\":\"V-3\",\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        int exit = run("classify", bad.toString());

        assertEquals(3, exit);
        assertTrue(err.toString().contains("/: expected UTF-8 text, but byte 0xE9 at offset 28 of the document"),
                err.toString());
    }

    @Test
    void replayWritesOneLineOutForEveryLineInWithBadLinesInPlace() throws Exception {
        List<String> good = Files.readAllLines(Path.of("examples/visits.jsonl"), StandardCharsets.UTF_8).subList(0, 5);
        List<String> lines = new ArrayList<>(good);
        lines.add(2, "{not json");
        lines.add(4, "{\"visitId\":\"V-BAD\",\"customer\":{\"id\":\"C\",\"creditRating\":\"B\",\"overdueAmount\":-5}}");
        lines.add("");
        Path in = temp.resolve("in.jsonl");
        Path outFile = temp.resolve("out.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);

        int exit = run("replay", in.toString(), "--out", outFile.toString());

        assertEquals(3, exit, err.toString());
        List<String> output = Files.readAllLines(outFile, StandardCharsets.UTF_8);
        assertEquals(lines.size(), output.size());
        assertEquals(3, JSON.readTree(output.get(2)).get("line").asInt());
        assertTrue(JSON.readTree(output.get(2)).get("error").asText().contains("malformed JSON"));
        assertEquals("V-BAD", JSON.readTree(output.get(4)).get("visitId").asText());
        assertTrue(JSON.readTree(output.get(4)).get("error").asText().contains("/customer/overdueAmount"));
        assertTrue(JSON.readTree(output.get(7)).has("error"));
        for (int i : new int[] {0, 1, 3, 5, 6}) {
            assertTrue(JSON.readTree(output.get(i)).has("verdict"), "line " + (i + 1) + " was not assessed");
        }
        assertTrue(err.toString().contains("5 visits assessed, 3 rejected"), err.toString());
        try (Stream<Path> left = Files.list(temp)) {
            assertFalse(left.anyMatch(f -> f.toString().endsWith(".partial")), "no temporary file is left");
        }
    }

    @Test
    void replayOfCleanInputExitsZero() throws Exception {
        Path in = temp.resolve("in.jsonl");
        Files.write(in, Files.readAllLines(Path.of("examples/visits.jsonl"), StandardCharsets.UTF_8).subList(0, 3));

        assertEquals(0, run("replay", in.toString()), err.toString());
        assertEquals(3, out.toString().lines().count());
    }

    @Test
    void categorizePrintsEachExcuseOfATextWithItsConfidenceAndMatchedWords() {
        int exit = run("categorize", "質量沒問題,就是最近週轉不過來,而且下游經銷商欠我們很多錢");

        assertEquals(0, exit, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith("TIGHT_CASH\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith("DOWNSTREAM_DEBT\t"), lines.get(1));
    }

    @Test
    void aUsageErrorExitsTwo() {
        assertEquals(2, run("replay", "--no-such-option", "x.jsonl"));
        assertEquals(2, run("classify", "--format", "yaml", "examples/visit.json"));
    }

    @Test
    void rulesThatDoNotCompileExitOneWithFileAndLine() throws Exception {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), "package org.excuseengine.rules;\nrule \"half a rule\"\nwhen\n");

        int exit = run("classify", "--rules", rules.toString(), "examples/visit.json");

        assertEquals(1, exit);
        assertTrue(err.toString().contains("broken.drl:"), err.toString());
    }
}
