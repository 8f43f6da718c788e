package org.excuseengine.replay;

import static org.excuseengine.model.EscalationLevel.ROUTINE;
import static org.excuseengine.model.EscalationLevel.TIGHTEN;
import static org.excuseengine.model.Verdict.CREDIBLE;
import static org.excuseengine.model.Verdict.NOT_CREDIBLE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTableTest {
    @Test
    void printsBothSidesAndTheComparison() {
        BacktestMetrics champion = new BacktestMetrics();
        BacktestMetrics challenger = new BacktestMetrics();
        ChallengerComparison comparison = new ChallengerComparison(2);
        ReplayedVisit visit = Assessments.visit(1, Assessments.of(CREDIBLE, ROUTINE, "lenient rule"),
                Assessments.of(NOT_CREDIBLE, TIGHTEN, "strict rule"), Assessments.paid(1000, 0),
                new Labels("CHRONIC_STALLER", List.of("STALL")));
        champion.add(visit, visit.champion().assessment());
        challenger.add(visit, visit.challenger().assessment());
        comparison.add(visit);
        StringWriter text = new StringWriter();

        MetricsTable.print(new ReplayMetrics(champion.report(List.of("lenient rule", "strict rule")),
                challenger.report(List.of("lenient rule", "strict rule")), comparison.report()), new PrintWriter(text));

        String printed = text.toString();
        assertTrue(printed.contains("champion") && printed.contains("challenger"), printed);
        assertTrue(printed.contains("Rules that never fired (champion, 1):\n  strict rule"), printed);
        assertTrue(printed.contains("CHRONIC_STALLER"), printed);
        assertTrue(printed.contains("verdict changed:    1   (CREDIBLE -> NOT_CREDIBLE 1)"), printed);
        assertTrue(printed.contains("V-1 (line 1), commitment then BROKEN"), printed);
    }
}
