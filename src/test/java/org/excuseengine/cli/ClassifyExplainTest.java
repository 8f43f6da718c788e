package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code classify --explain} on the example visit: what the rules derived, what fired, why not the other verdicts. */
class ClassifyExplainTest {
    private static CommandRun text;

    @BeforeAll
    static void explainTheExampleVisit() {
        text = CommandRun.of("classify", "--explain", "--format", "text", "examples/visit.json");
    }

    @Test
    void showsTheDerivedFacts() {
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Derived facts"), text.out());
        assertTrue(text.out().contains("PromiseRecord[windowDays=90, kept=0, partial=1, broken=0]"), text.out());
        assertTrue(text.out().contains("ExcuseRepeat[category=TIGHT_CASH, windowDays=90, times=1, first=2026-02-14]"), text.out());
        assertTrue(text.out().contains("PromiseOutcome[") && text.out().contains("status=PARTIAL"), text.out());
        assertTrue(text.out().contains("PaymentRecord[windowDays=365"), text.out());
    }

    @Test
    void listsTheRulesFiredInOrderWithTheirFiguresAndReasons() {
        String out = text.out();
        int derived = out.indexOf(". the promises that fell due in the last 90 and 180 days are tallied");
        int judged = out.indexOf(". tight cash repeated within 90 days is not credible  [rules/credibility/tight-cash.drl:");
        int verdict = out.indexOf(". an excuse with a not-credible finding is not credible");
        assertTrue(derived > 0 && judged > derived && verdict > judged, out);
        assertTrue(out.contains("figures: $times=1, $first=2026-02-14"), out);
        assertTrue(out.contains("reason:  excuse 1: NOT_CREDIBLE (score 20, rebuttal tight-cash.not-credible)"), out);
    }

    @Test
    void saysWhyTheOtherVerdictsDidNotApply() {
        String out = text.out();
        assertTrue(out.contains("Excuse 1 (TIGHT_CASH): NOT_CREDIBLE"), out);
        assertTrue(out.contains("not CREDIBLE: no rule found it"), out);
        assertTrue(out.contains("- tight cash the first time in 180 days from a customer with a clean record is credible"), out);
        assertTrue(out.contains("needs: $excuse : Excuse(category == Category.TIGHT_CASH)"), out);
        assertTrue(out.contains("not DOUBTFUL: "), out);
    }

    @Test
    void withJsonTheAssessmentStaysAloneOnStandardOutput() throws Exception {
        CommandRun json = CommandRun.of("classify", "--explain", "examples/visit.json");

        assertEquals(0, json.exitCode(), json.err());
        assertEquals("NOT_CREDIBLE", new ObjectMapper().readTree(json.out()).path("verdict").asText());
        assertTrue(json.err().contains("Rules fired, in order"), json.err());
    }
}
