package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: one problem a line in the form editors and CI annotate, exit 1 on an error only. */
class CheckCommandTest {
    private static final Pattern PROBLEM_LINE = Pattern.compile("^.+:\\d+:\\d+: (error|warning): .+$");

    @Test
    void theShippedRulesPassWithWarningsAtMost() {
        CommandRun run = CommandRun.of("check", "--rules", "rules");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("0 error(s)"), run.out());
        run.out().lines().filter(line -> line.contains(": warning: ") || line.contains(": error: "))
                .forEach(line -> assertTrue(line.startsWith("rules/") && PROBLEM_LINE.matcher(line).matches(), line));
    }

    @Test
    void aBrokenRuleFileFailsWithItsPathLineAndColumn(@TempDir Path temp) {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp).withoutScenarios()
                .edit("credibility/record.drl", "PromiseRecord(windowDays == 90, broken >= 1, $broken : broken)",
                        "PromiseRecord(windowDays == 90, brokn >= 1, $broken : broken)");
        int line = rules.lineOf("credibility/record.drl", "brokn >= 1");

        CommandRun run = CommandRun.of("check", "--rules", rules.root().toString());

        assertEquals(1, run.exitCode());
        String expected = rules.file("credibility/record.drl") + ":" + line + ":5: error: ";
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(expected)), () -> "no line starting " + expected + " in\n" + run.out());
        assertTrue(run.out().contains("1 error(s)"), run.out());
    }
}
