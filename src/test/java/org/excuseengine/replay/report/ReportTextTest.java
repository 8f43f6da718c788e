package org.excuseengine.replay.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.Verdict;
import org.excuseengine.replay.ComparisonReport;
import org.excuseengine.replay.Settlement;
import org.junit.jupiter.api.Test;

/** Text from customers and rules reaches the report as text, never as markup, in any script. */
class ReportTextTest {

    @Test
    void markupInACustomerNameAnExcuseOrARebuttalIsShownNotRun() {
        ComparisonReport.Side champion = new ComparisonReport.Side(Verdict.NOT_CREDIBLE, 30, EscalationLevel.TIGHTEN, 2,
                List.of("TIGHT_CASH: a rule \"quoted\" & <b>bold</b>"), "請於<b>明天</b>付款 & 'soon'", "zh-Hant");
        ComparisonReport.Side challenger = new ComparisonReport.Side(Verdict.DOUBTFUL, 35, EscalationLevel.TIGHTEN, 2,
                List.of(), null, null);
        ComparisonReport.ChangedVisit visit = new ComparisonReport.ChangedVisit(12, "V-<1>", Settlement.Status.KEPT,
                champion, challenger, "C-1", "<script>alert(1)</script> 華信貿易", List.of("資金周轉\"緊張\"</blockquote>"), null);
        ComparisonReport comparison = new ComparisonReport(1, 0, 1, 1, Map.of("NOT_CREDIBLE -> DOUBTFUL", 1L), 0, 0, Map.of(),
                List.of(visit));

        String html = ComparisonSection.section(comparison);

        assertFalse(html.contains("<script>") || html.contains("<b>") || html.contains("V-<1>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 華信貿易"), html);
        assertTrue(html.contains("<blockquote>資金周轉&quot;緊張&quot;&lt;/blockquote&gt;</blockquote>"), html);
        assertTrue(html.contains("<p class=\"rebuttal\" lang=\"zh-Hant\">請於&lt;b&gt;明天&lt;/b&gt;付款 &amp; &#39;soon&#39;</p>"), html);
        assertTrue(html.contains("a rule &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;"), html);
    }

    @Test
    void aFigurePointsAtItsPlaceInTheMetricsFileWithSlashesAndTildesEscaped() {
        assertEquals("/comparison/verdictChanges/A~1B ~0 C", Html.pointer("comparison", "verdictChanges", "A/B ~ C"));
        assertEquals(" data-metric=\"/champion/rules/3\" data-value=\"0.4821\"", Html.metric("/champion/rules/3", 0.4821));
        assertEquals(" data-metric=\"/x\" data-value=\"null\"", Html.metric("/x", null));
    }
}
