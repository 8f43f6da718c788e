package org.excuseengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code test}: runs the scenario tests rule authors keep in {@code <rules>/tests/*.jsonl} and
 * prints a pass/fail table, so that a rule edit can be tested without Java or Maven.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the scenario tests in <rules>/tests/*.jsonl: each line a visit with an \"expect\" field.",
                "Prints one line per scenario (PASS or FAIL, file:line, scenario) and each mismatch under a failure;",
                "exit 0 when every scenario passes, 1 when any fails or there is none."})
final class TestCommand implements Callable<Integer> {
    private static final int SCENARIO_WIDTH = 90;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EngineOptions.requireRulesFolder(options.rules);
        Path testsDir = options.rules.resolve("tests");
        List<Path> files = ScenarioSuite.files(testsDir);
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("No scenarios: " + testsDir + " has no *.jsonl file, so nothing was tested.");
            return ExitCodes.FAILURE;
        }
        int passed = 0;
        int failed = 0;
        try (ExcuseEngine engine = options.engine()) {
            ScenarioSuite suite = new ScenarioSuite(engine, new ContractJson());
            out.printf("%-6s %-40s %s%n", "RESULT", "WHERE", "SCENARIO");
            for (Path file : files) {
                for (ScenarioSuite.Result result : suite.run(file)) {
                    printRow(out, file, result);
                    if (result.passed()) {
                        passed++;
                    } else {
                        failed++;
                    }
                }
            }
        }
        out.println();
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 && passed > 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static void printRow(PrintWriter out, Path file, ScenarioSuite.Result result) {
        String where = file.toString().replace('\\', '/') + ":" + result.line();
        String scenario = result.scenario() != null ? result.scenario() : result.visitId() != null ? result.visitId() : "";
        out.printf("%-6s %-40s %s%n", result.passed() ? "PASS" : "FAIL", where, shortened(scenario));
        for (String mismatch : new ArrayList<>(result.problems())) {
            out.println("         - " + mismatch);
        }
    }

    private static String shortened(String text) {
        return text.length() <= SCENARIO_WIDTH ? text : text.substring(0, SCENARIO_WIDTH - 1) + "\u2026";
    }
}
