package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code classify --explain} on the example visit: what the rules derived, what fired, each excuse's scorecard. */
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
        assertTrue(text.out().contains("PromiseRecord[windowDays=90, kept=0, keptLate=0, partial=1, broken=0, promised=50000, settled=40000]"),
                text.out());
        assertTrue(text.out().contains("ExcuseRepeat[category=TIGHT_CASH, windowDays=90, times=1, first=2026-02-14, sameIssue=0]"),
                text.out());
        assertTrue(text.out().contains("PromiseOutcome[") && text.out().contains("status=PARTIAL"), text.out());
        assertTrue(text.out().contains("PaymentRecord[windowDays=365"), text.out());
        assertTrue(text.out().contains("Signal[excuseIndex=0, category=TIGHT_CASH, code=REPEATED_90, count=1,"), text.out());
        assertTrue(text.out().contains("RiskSignal[code=PARTIAL_180, count=1,"), text.out());
    }

    @Test
    void listsTheRulesFiredInOrderWithTheirFiguresAndReasons() {
        String out = text.out();
        int derived = out.indexOf(". the promises that fell due in the last 90, 180 and 365 days are tallied");
        int noted = out.indexOf(". an excuse heard before within 90 days is weighed by how many distinct times  [rules/credibility/repeats.drl:");
        int scored = out.indexOf(". an excuse heard once before in 90 days loses 10  [rules/sheets/credibility-scorecard.drl.csv:");
        int verdict = out.indexOf(". an excuse's verdict is the least credible band its score falls in  [rules/verdict.drl:");
        assertTrue(derived > 0 && noted > derived && scored > noted && verdict > scored, out);
        assertTrue(out.contains("$times=1, $first=2026-02-14"), out);
        assertTrue(out.contains("reason:  excuse 1: -10 points: heard 1 time(s) before in 90 days, first on 2026-02-14"), out);
        assertTrue(out.contains("reason:  excuse 1: verdict DOUBTFUL, score 55"), out);
        assertTrue(out.contains("reason:  payment risk HIGH, score 60"), out);
    }

    @Test
    void showsEachExcusesScorecardAndTheRowsForItsCategoryThatDidNotApply() {
        String out = text.out();
        String scorecards = out.substring(out.indexOf("\nScorecards\n"));
        assertTrue(scorecards.contains("Excuse 1 (TIGHT_CASH): score 55, DOUBTFUL"), scorecards);
        assertTrue(scorecards.contains("     +50  tight cash starts at 50: tight-cash excuse"), scorecards);
        assertTrue(scorecards.contains("     -10  an excuse heard once before in 90 days loses 10: heard 1 time(s) before in 90 days,"
                + " first on 2026-02-14"), scorecards);
        assertTrue(scorecards.contains("rows that did not apply:"), scorecards);
        assertTrue(scorecards.contains("- a clean record backs tight cash by 15  [rules/sheets/credibility-scorecard.drl.csv:"), scorecards);
        assertTrue(scorecards.contains("needs: $signal : Signal(listed(\"TIGHT_CASH\", category.name()), code == \"CLEAN_RECORD\")"),
                scorecards);
        // Rows written for other categories are not what this excuse lacked.
        assertFalse(scorecards.contains("a remittance advice adds 40"), scorecards);
        assertFalse(scorecards.contains("an open ticket of the complaint's kind adds 35"), scorecards);
    }

    @Test
    void withJsonTheAssessmentStaysAloneOnStandardOutput() throws Exception {
        CommandRun json = CommandRun.of("classify", "--explain", "examples/visit.json");

        assertEquals(0, json.exitCode(), json.err());
        assertEquals("DOUBTFUL", new ObjectMapper().readTree(json.out()).path("verdict").asText());
        assertTrue(json.err().contains("Rules fired, in order"), json.err());
        assertTrue(json.err().contains("Scorecards"), json.err());
    }
}
