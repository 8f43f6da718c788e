package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test}: a pass/fail table of the scenario tests, exit 0 only when every one passes. */
class TestCommandTest {
    @TempDir
    static Path temp;
    private static String visit;

    @BeforeAll
    static void readTheExampleVisit() throws Exception {
        visit = Files.readString(Path.of("examples/visit.json"));
    }

    @Test
    void allScenariosPassingExitsZero() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("passing"))).withoutScenarios()
                .write("tests/tight-cash.jsonl", scenario("tight cash heard once before in 90 days is doubtful",
                        "{\"verdict\": \"DOUBTFUL\", \"risk\": \"HIGH\", \"rules\": [\"an excuse heard once before in 90 days loses 10\"]}"));

        CommandRun run = CommandRun.of("test", "--rules", rules.root().toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("PASS") && line.contains("tight-cash.jsonl:1")
                && line.contains("tight cash heard once before in 90 days is doubtful")), run.out());
        assertTrue(run.out().contains("1 passed, 0 failed"), run.out());
    }

    @Test
    void aFailingScenarioExitsOneAndSaysWhatDiffered() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("failing"))).withoutScenarios()
                .write("tests/tight-cash.jsonl",
                        scenario("passes", "{\"category\": \"TIGHT_CASH\"}")
                                + scenario("expects the wrong verdict and risk", "{\"verdict\": \"CREDIBLE\", \"risk\": \"LOW\"}"));

        CommandRun run = CommandRun.of("test", "--rules", rules.root().toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("FAIL") && line.contains("tight-cash.jsonl:2")), run.out());
        assertTrue(run.out().contains("verdict: expected CREDIBLE, got DOUBTFUL"), run.out());
        assertTrue(run.out().contains("risk: expected LOW, got HIGH"), run.out());
        assertTrue(run.out().contains("1 passed, 1 failed"), run.out());
    }

    @Test
    void noScenarioAtAllExitsOne() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("none"))).withoutScenarios();

        CommandRun run = CommandRun.of("test", "--rules", rules.root().toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nothing was tested"), run.err());
    }

    private static String scenario(String name, String expect) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode line = (ObjectNode) mapper.readTree(visit);
        line.put("scenario", name);
        line.set("expect", mapper.readTree(expect));
        return mapper.writeValueAsString(line) + "\n";
    }
}
