package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.excuseengine.testing.RulesCopy;
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
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.anyMatch(f -> f.toString().endsWith(".partial")), "no temporary file is left");
        }
        assertTrue(run.err().contains("line 3, visit V-3: expectation not met: escalation: expected LEGAL, got "), run.err());
        assertTrue(run.err().contains("3 visits assessed, 2 rejected"), run.err());
        assertTrue(run.err().contains("1 visit(s) did not meet their expectation"), run.err());
        assertTrue(run.err().contains("promise-to-pay kept in full"), run.err());
        assertFalse(run.err().contains("Commitments by verdict"), "the tables wait for --verbose: " + run.err());
        assertTrue(run.err().contains("all the metrics are in " + metrics), run.err());
        JsonNode written = MAPPER.readTree(metrics.toFile());
        assertEquals(3, written.at("/champion/visits").asInt());
        assertEquals(3, written.at("/champion/commitments/judged").asInt());
        assertTrue(written.at("/champion/neverFired").size() > 0);
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorRecordInItsPlaceAndTheOtherLinesAreAssessed() throws IOException {
        // Given a file whose middle line is a visit whose customer's name holds bytes that are not UTF-8
        String marker = "NOT-UTF-8";
        ObjectNode secondVisit = example.deepCopy().put("visitId", "V-2");
        ((ObjectNode) secondVisit.get("customer")).put("name", marker);
        String second = secondVisit.toString();
        String beforeBadBytes = second.substring(0, second.indexOf(marker));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((visit("V-1") + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(beforeBadBytes.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xC3, 0x28, ' ', (byte) 0xFF});
        file.writeBytes((second.substring(beforeBadBytes.length() + marker.length()) + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes((visit("V-3") + "\n").getBytes(StandardCharsets.UTF_8));
        Path in = Files.write(dir.resolve("in.jsonl"), file.toByteArray());
        Path out = dir.resolve("out.jsonl");

        // When it is replayed
        Cli.Run run = Cli.run("replay", in.toString(), "--out", out.toString(), "--threads", "2");

        // Then three lines come out in order: V-1 assessed, line 2's error record naming the bad byte, V-3 assessed
        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("V-1", MAPPER.readTree(lines.get(0)).get("visitId").asText());
        assertTrue(MAPPER.readTree(lines.get(0)).has("verdict"), lines.get(0));
        JsonNode rejected = MAPPER.readTree(lines.get(1));
        assertEquals(2, rejected.get("line").asInt(), lines.get(1));
        assertEquals("/: expected UTF-8 text, but byte 0xC3 at offset "
                + beforeBadBytes.getBytes(StandardCharsets.UTF_8).length + " of the line is not valid UTF-8",
                rejected.get("error").asText());
        assertEquals("V-3", MAPPER.readTree(lines.get(2)).get("visitId").asText());
        assertTrue(MAPPER.readTree(lines.get(2)).has("verdict"), lines.get(2));
        assertTrue(run.err().contains("2 visits assessed, 1 rejected"), run.err());
    }

    @Test
    void aBadThreadCountIsAUsageErrorFoundBeforeAnyRuleIsLoaded() {
        Cli.Run run = Cli.run("replay", "--threads", "0", "in.jsonl");

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--threads: expected 1 or more, got 0"), run.err());
    }

    @Test
    void aChallengerRunsOnTheSameVisitsAndIsComparedWithTheChampion() throws IOException {
        // The challenger weighs an excuse heard once before three and a half times as heavily: the
        // example, doubtful at 55 as shipped, falls to 30, not credible; the same visit with no history is unchanged.
        String row = "an excuse heard once before in 90 days loses 10,,REPEATED_90,1,,-10,";
        Path challenger = RulesCopy.of(Path.of("rules"), dir.resolve("challenger"))
                .edit("sheets/credibility-scorecard.drl.csv", row, row.replace(",-10,", ",-35,")).root();
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
        assertTrue(comparison.at("/verdictChanges").fieldNames().next().equals("DOUBTFUL -> NOT_CREDIBLE"), comparison.toString());
        assertTrue(run.err().contains("Champion vs challenger: 2 visits compared, 1 changed"), run.err());
        assertTrue(run.err().contains("challenger:"), run.err());
    }

    @Test
    void verboseShowsEveryTableAndTheReportDrawsThem() throws IOException {
        Path in = write("in.jsonl", visit("V-1"), visit("V-2"));
        Path report = dir.resolve("report.html");

        Cli.Run run = Cli.run("replay", in.toString(), "--out", dir.resolve("out.jsonl").toString(), "--verbose",
                "--report", report.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("Commitments by verdict"), run.err());
        assertTrue(run.err().contains("Rules: visits fired on"), run.err());
        String html = Files.readString(report);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg class=\"chart\""), html);
        // Snapshot visits carry no hidden intent: the credibility score's separation is not measured, and the page says so.
        assertTrue(html.contains("<section id=\"credibilityForGenuine\"><h2>Credibility score</h2><p class=\"note\">Not measured"), html);
        // Nothing to fetch: no script, no link, no address but the SVG namespace's name.
        assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
                .matches("(?s).*(<script|https?:|src=|href=|@import|url\\().*"), "the report fetches something");
        assertFalse(Files.exists(dir.resolve("report.html.partial")));
    }

    private static String visit(String visitId) {
        return example.deepCopy().put("visitId", visitId).toString();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
