package org.excuseengine.replay;

import static org.excuseengine.model.Verdict.CREDIBLE;
import static org.excuseengine.model.Verdict.NOT_CREDIBLE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.Verdict;
import org.excuseengine.replay.report.BacktestReport;
import org.junit.jupiter.api.Test;

/** Commitments paid in full only after their due date show as kept late, in the report and the tables alike. */
class KeptLateReportTest {
    private final BacktestMetrics metrics = new BacktestMetrics();

    @Test
    void theReportsBarsShowKeptLateWhenTheOutcomesTellTheLatePayments() throws IOException {
        add(NOT_CREDIBLE, Assessments.paid(1000, 0, 1000));
        add(CREDIBLE, Assessments.paid(1000, 1000, 0));

        String html = report();

        assertTrue(html.contains("class=\"seg-keptLate\" data-metric=\"/champion/byVerdict/NOT_CREDIBLE/withLateDays/keptLate\" data-value=\"1\""), html);
        assertTrue(html.contains("data-metric=\"/champion/commitments/withLateDays/keptLateShare\" data-value=\"0.5\""), html);
        assertTrue(html.contains("kept late, in full within 30 days"), html);
    }

    @Test
    void withoutLatePaymentsTheBarsSplitByTheDueDateAlone() throws IOException {
        add(NOT_CREDIBLE, Assessments.paid(1000, 0));
        add(CREDIBLE, Assessments.paid(1000, 1000));

        String html = report();

        assertFalse(html.contains("withLateDays") || html.contains("kept late"), html);
        assertTrue(html.contains("class=\"seg-broken\" data-metric=\"/champion/byVerdict/NOT_CREDIBLE/broken\" data-value=\"1\""), html);
        assertTrue(html.contains("The outcomes do not tell what was paid after the due date."), html);
    }

    @Test
    void theTablesGiveTheShareKeptLateByVerdict() {
        add(NOT_CREDIBLE, Assessments.paid(1000, 0, 1000));
        add(NOT_CREDIBLE, Assessments.paid(1000, 0, 0));

        StringWriter out = new StringWriter();
        MetricsTable.print(new ReplayMetrics(metrics.report(List.of()), null, null), new PrintWriter(out));

        String tables = out.toString();
        assertTrue(tables.matches("(?s).*\\nkept late, in full within 30 days +50\\.0%\\n.*"), tables);
        assertTrue(tables.matches("(?s).*\\n +NOT_CREDIBLE +2 +2 +0\\.0% +0\\.0% +100\\.0% +50\\.0%\\n.*"), tables);
    }

    @Test
    void theTablesGiveTheMeanRiskScoreOfEachOutcome() {
        Assessment late = Assessments.scored(CREDIBLE, 50, 70);
        metrics.add(Assessments.visit(1, late, null, Assessments.paid(1000, 0, 1000), Labels.NONE), late);
        Assessment kept = Assessments.scored(CREDIBLE, 50, 30);
        metrics.add(Assessments.visit(2, kept, null, Assessments.paid(1000, 1000, 0), Labels.NONE), kept);

        StringWriter out = new StringWriter();
        MetricsTable.print(new ReplayMetrics(metrics.report(List.of()), null, null), new PrintWriter(out));

        String tables = out.toString();
        assertTrue(tables.matches("(?s).*\\n +KEPT +1 +30\\.0\\n +KEPT_LATE +1 +70\\.0\\n.*"), tables);
    }

    private void add(Verdict verdict, Settlement settlement) {
        var assessment = Assessments.of(verdict, EscalationLevel.ROUTINE);
        metrics.add(Assessments.visit(1, assessment, null, settlement, Labels.NONE), assessment);
    }

    private String report() throws IOException {
        StringWriter html = new StringWriter();
        new BacktestReport(new ReplayMetrics(metrics.report(List.of()), null, null), "test").write(html);
        return html.toString();
    }
}
