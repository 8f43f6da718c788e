package org.excuseengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SnapshotReplayTest {
    private static final ContractJson JSON = new ContractJson();
    private static ExcuseEngine engine;
    private static ObjectNode example;

    @BeforeAll
    static void loadRules() throws IOException {
        engine = ExcuseEngine.fromRules(Path.of("rules"));
        example = (ObjectNode) JSON.mapper().readTree(Files.readString(Path.of("examples/visit.json")));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyLineInGivesOneLineOutInInputOrderWithBadLinesInPlace() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            lines.add(switch (i % 20) {
                case 3 -> "{\"visitId\": \"V-" + i + "\", \"customer\": ";                    // cut short
                case 7 -> "";                                                                 // blank
                case 11 -> visit(i).put("customer", "nobody").toString();                     // breaks the schema
                default -> visit(i).toString();
            });
        }
        List<ReplayedVisit> seen = new ArrayList<>();

        List<String> out = replay(lines, 4, seen::add);

        assertEquals(lines.size(), out.size());
        assertEquals(lines.size(), seen.size());
        for (int i = 1; i <= lines.size(); i++) {
            JsonNode record = JSON.mapper().readTree(out.get(i - 1));
            assertEquals(i, seen.get(i - 1).line());
            if (i % 20 == 3 || i % 20 == 7 || i % 20 == 11) {
                assertEquals(i, record.get("line").asLong(), out.get(i - 1));
                assertTrue(record.get("error").asText().length() > 0);
                assertEquals(i % 20 == 11 ? "V-" + i : null, record.get("visitId").textValue());
            } else {
                assertEquals("V-" + i, record.get("visitId").asText());
                assertNotNull(record.get("verdict"));
            }
        }
    }

    @Test
    void oneThreadOrManyWriteTheSameOutput() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            ObjectNode visit = visit(i);
            ((ObjectNode) visit.get("customer")).put("overdueDays", i * 3); // varied visits, varied work per line
            lines.add(visit.toString());
        }

        assertEquals(replay(lines, 1, v -> { }), replay(lines, 3, v -> { }));
    }

    @Test
    void aLineWithAnExpectationIsCheckedAgainstTheChampion() throws IOException {
        String actualVerdict = JSON.mapper().readTree(replay(List.of(visit(1).toString()), 1, v -> { }).get(0)).get("verdict").asText();
        ObjectNode met = visit(1);
        met.putObject("expect").put("verdict", actualVerdict);
        ObjectNode missed = visit(2);
        missed.putObject("expect").put("verdict", actualVerdict.equals("CREDIBLE") ? "DOUBTFUL" : "CREDIBLE")
                .putArray("rules").add("a rule that does not exist");
        List<ReplayedVisit> seen = new ArrayList<>();

        replay(List.of(met.toString(), missed.toString(), visit(3).toString()), 2, seen::add);

        assertEquals(List.of(), seen.get(0).mismatches());
        assertEquals(2, seen.get(1).mismatches().size(), seen.get(1).mismatches().toString());
        assertTrue(seen.get(1).mismatches().get(0).startsWith("verdict: expected "));
        assertEquals("rule \"a rule that does not exist\" did not fire", seen.get(1).mismatches().get(1));
        assertEquals(List.of(), seen.get(2).mismatches());
    }

    @Test
    void aSnapshotsOutcomeSettlesItsCommitment() throws IOException {
        ObjectNode partlyPaid = visit(1);
        ((ObjectNode) partlyPaid.get("outcome")).put("paid", 50_000);
        ObjectNode noOutcome = visit(2);
        noOutcome.remove("outcome");
        List<ReplayedVisit> seen = new ArrayList<>();

        replay(List.of(partlyPaid.toString(), noOutcome.toString()), 1, seen::add);

        assertEquals(Settlement.Status.PARTIAL, seen.get(0).settlement().status());
        assertNull(seen.get(1).settlement());
    }

    private static ObjectNode visit(int number) {
        ObjectNode visit = example.deepCopy();
        visit.put("visitId", "V-" + number);
        return visit;
    }

    private static List<String> replay(List<String> lines, int threads, java.util.function.Consumer<ReplayedVisit> observer)
            throws IOException {
        StringWriter out = new StringWriter();
        new SnapshotReplay(RuleSets.of(engine), JSON, threads)
                .run(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out, observer);
        return out.toString().lines().toList();
    }
}
