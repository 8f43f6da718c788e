package org.excuseengine.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario rule authors keep in {@code rules/tests/*.jsonl}, one test each. */
class RuleScenariosTest {
    private static final Path RULES = Path.of("rules");
    private static ExcuseEngine engine;

    @BeforeAll
    static void loadRules() {
        engine = ExcuseEngine.fromRules(RULES);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioMeetsItsExpectation() {
        ScenarioSuite suite = new ScenarioSuite(engine, new ContractJson());
        List<Path> files = ScenarioSuite.files(RULES.resolve("tests"));
        assertFalse(files.isEmpty(), "rules/tests has no scenario files");
        return files.stream().flatMap(file -> suite.run(file).stream())
                .map(result -> DynamicTest.dynamicTest(
                        result.file() + ":" + result.line() + " " + (result.scenario() == null ? result.visitId() : result.scenario()),
                        () -> assertTrue(result.passed(), String.join("; ", result.problems()))));
    }
}
