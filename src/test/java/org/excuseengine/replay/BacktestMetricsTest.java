package org.excuseengine.replay;

import static org.excuseengine.model.EscalationLevel.ROUTINE;
import static org.excuseengine.model.Verdict.CREDIBLE;
import static org.excuseengine.model.Verdict.DOUBTFUL;
import static org.excuseengine.model.Verdict.NONE;
import static org.excuseengine.model.Verdict.NOT_CREDIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Verdict;
import org.junit.jupiter.api.Test;

class BacktestMetricsTest {
    private final BacktestMetrics metrics = new BacktestMetrics();

    @Test
    void outcomesAreCountedPerVerdictAndOverall() {
        add(NOT_CREDIBLE, Assessments.paid(1000, 0), "stall rule");
        add(NOT_CREDIBLE, Assessments.paid(1000, 0), "stall rule");
        add(NOT_CREDIBLE, Assessments.paid(1000, 1000), "stall rule");
        add(DOUBTFUL, Assessments.paid(1000, 400));
        add(CREDIBLE, Assessments.paid(2000, 2500));
        add(CREDIBLE, Assessments.paid(1000, 0));
        add(NONE, null);

        MetricsReport report = metrics.report(List.of("stall rule", "silent rule"));

        assertEquals(7, report.visits());
        assertEquals(1, report.withoutCommitment());
        assertEquals(0, report.outcomeUnknown());
        Outcomes notCredible = report.byVerdict().get(NOT_CREDIBLE);
        assertEquals(List.of(3L, 1L, 0L, 2L), List.of(notCredible.judged(), notCredible.kept(), notCredible.partial(), notCredible.broken()));
        assertEquals(0.3333, notCredible.keptShare());
        Outcomes all = report.commitments();
        assertEquals(6, all.judged());
        assertEquals(new BigDecimal("7000"), all.committed());
        assertEquals(new BigDecimal("3900"), all.collected());
        assertEquals(0.5571, all.collectedShare());
        assertEquals(2.0 / 6, all.keptShare(), 0.0001);
        assertEquals(List.of("silent rule"), report.neverFired());
        assertEquals(3, report.rules().get(0).outcomes().visits());
    }

    @Test
    void commitmentsMadeGoodInTheLateDaysAreCountedAsKeptLateBesideTheOutcomesByTheDueDate() {
        add(NOT_CREDIBLE, Assessments.paid(1000, 0, 1000));    // kept late
        add(NOT_CREDIBLE, Assessments.paid(1000, 600, 400));   // kept late, partly kept by the due date
        add(NOT_CREDIBLE, Assessments.paid(1000, 0, 300));     // partly kept once late, broken by the due date
        add(NOT_CREDIBLE, Assessments.paid(1000, 0, 0));       // broken
        add(CREDIBLE, Assessments.paid(1000, 1000, 0));        // kept

        MetricsReport report = metrics.report(List.of());

        Outcomes notCredible = report.byVerdict().get(NOT_CREDIBLE);
        assertEquals(List.of(0L, 1L, 3L), List.of(notCredible.kept(), notCredible.partial(), notCredible.broken()),
                "by the due date, as before");
        LateOutcomes late = notCredible.withLateDays();
        assertEquals(List.of(4L, 0L, 2L, 1L, 1L), List.of(late.judged(), late.kept(), late.keptLate(), late.partial(), late.broken()));
        assertEquals(0.5, late.keptLateShare());
        assertEquals(new BigDecimal("2300"), late.collected());
        assertEquals(30, late.lateDays());
        assertEquals(2, report.commitments().withLateDays().keptLate());
        assertEquals(new BigDecimal("600"), notCredible.collected(), "what came late is not collected by the due date");
    }

    @Test
    void outcomesThatDoNotTellTheLatePaymentsHaveNoLateFigures() {
        add(NOT_CREDIBLE, Assessments.paid(1000, 0));
        add(CREDIBLE, Assessments.paid(1000, 0, 1000));

        MetricsReport report = metrics.report(List.of());

        assertEquals(null, report.byVerdict().get(NOT_CREDIBLE).withLateDays());
        assertEquals(1, report.commitments().withLateDays().judged(), "only the outcomes that tell them count");
    }

    @Test
    void theRiskScoreIsSpreadOverItsDecilesForEachOutcomeOfTheCommitment() {
        risk(20, Assessments.paid(1000, 1000, 0));      // kept
        risk(25, Assessments.paid(1000, 1000, 0));      // kept
        risk(55, Assessments.paid(1000, 0, 1000));      // kept late
        risk(100, Assessments.paid(1000, 0, 0));        // broken
        risk(90, Assessments.paid(1000, 0));            // broken, late payments unknown

        Map<String, ScoreSpread> byOutcome = metrics.report(List.of()).riskByOutcome();

        assertEquals(List.of("KEPT", "KEPT_LATE", "BROKEN"), List.copyOf(byOutcome.keySet()), "kept, kept late, partly, broken, as present");
        assertEquals(new ScoreSpread(2, 22.5, List.of(0L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)), byOutcome.get("KEPT"));
        assertEquals(55.0, byOutcome.get("KEPT_LATE").meanScore());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L), byOutcome.get("BROKEN").deciles(), "90 to 100 is the last decile");
    }

    @Test
    void notCredibleIsScoredAsAPredictionOfABrokenCommitment() {
        add(NOT_CREDIBLE, Assessments.paid(1000, 0));      // true positive
        add(NOT_CREDIBLE, Assessments.paid(1000, 0));      // true positive
        add(NOT_CREDIBLE, Assessments.paid(1000, 300));    // false positive for broken, true positive for not kept
        add(NOT_CREDIBLE, Assessments.paid(1000, 1000));   // false positive for both
        add(DOUBTFUL, Assessments.paid(1000, 0));          // false negative
        add(CREDIBLE, Assessments.paid(1000, 1000));       // true negative
        add(NOT_CREDIBLE, null);                           // no outcome: not scored

        MetricsReport report = metrics.report(List.of());

        assertEquals(new Prediction(2, 2, 1, 0.5, 0.6667), report.notCredibleForBroken());
        assertEquals(new Prediction(3, 1, 1, 0.75, 0.75), report.notCredibleForNotKept());
    }

    @Test
    void hiddenProfilesAndIntentsAreCountedWhenTheJournalGivesThem() {
        metrics.add(Assessments.visit(1, Assessments.of(NOT_CREDIBLE, ROUTINE), null, Assessments.paid(100, 0),
                new Labels("CHRONIC_STALLER", List.of("STALL"))), Assessments.of(NOT_CREDIBLE, ROUTINE));
        metrics.add(Assessments.visit(2, Assessments.of(CREDIBLE, ROUTINE), null, Assessments.paid(100, 100),
                new Labels("RELIABLE_PAYER", List.of("GENUINE"))), Assessments.of(CREDIBLE, ROUTINE));

        MetricsReport report = metrics.report(List.of());

        assertEquals(Map.of(NOT_CREDIBLE, 1L), report.byProfile().get("CHRONIC_STALLER").verdicts());
        assertEquals(1.0, report.byProfile().get("RELIABLE_PAYER").outcomes().keptShare());
        assertEquals(Map.of(Verdict.CREDIBLE, 1L), report.excuseVerdictsByIntent().get("GENUINE"));
    }

    @Test
    void theScoresAreMeasuredByHowWellTheySeparateGenuineExcusesAndBrokenCommitments() {
        scored(1, "HONEST_DEFECT", "GENUINE", CREDIBLE, 80, 20, Assessments.paid(100, 100));
        scored(2, "HONEST_DEFECT", "GENUINE", DOUBTFUL, 50, 35, Assessments.paid(100, 0));
        scored(3, "CHRONIC_STALLER", "STALL", NOT_CREDIBLE, 20, 90, Assessments.paid(100, 0));
        scored(4, "CHRONIC_STALLER", "STALL", NOT_CREDIBLE, 30, 40, Assessments.paid(100, 100));

        MetricsReport report = metrics.report(List.of());

        // Both genuine excuses score above both stalls.
        assertCounts(1.0, 2, 2, report.credibilityForGenuine());
        // Broken (35, 90) against kept (20, 40): three pairs of four ranked right.
        assertCounts(0.75, 2, 2, report.riskForBroken());
        MetricsReport.ProfileOutcomes honest = report.byProfile().get("HONEST_DEFECT");
        MetricsReport.ProfileOutcomes staller = report.byProfile().get("CHRONIC_STALLER");
        assertEquals(0.0, honest.excusesNotCredibleShare());
        assertEquals(1.0, staller.excusesNotCredibleShare());
        assertCounts(null, 2, 0, honest.credibilityForGenuine()); // only genuine excuses: nothing to separate
        assertCounts(1.0, 1, 1, staller.riskForBroken());
        // CREDIBLE and kept, NOT_CREDIBLE and broken are right, NOT_CREDIBLE and kept is wrong; DOUBTFUL claims nothing.
        assertEquals(new VerdictAccuracy(3, 2, 0.6667), report.verdictRight());
    }

    private static void assertCounts(Double auc, long positives, long negatives, Separation separation) {
        assertEquals(auc, separation.auc());
        assertEquals(positives, separation.positives());
        assertEquals(negatives, separation.negatives());
    }

    private void scored(long line, String profile, String intent, Verdict verdict, int score, int riskScore, Settlement settlement) {
        Assessment assessment = Assessments.scored(verdict, score, riskScore);
        metrics.add(Assessments.visit(line, assessment, null, settlement, new Labels(profile, List.of(intent))), assessment);
    }

    private void risk(int riskScore, Settlement settlement) {
        Assessment assessment = Assessments.scored(CREDIBLE, 50, riskScore);
        metrics.add(Assessments.visit(1, assessment, null, settlement, Labels.NONE), assessment);
    }

    private void add(Verdict verdict, Settlement settlement, String... rules) {
        Assessment assessment = Assessments.of(verdict, ROUTINE, rules);
        metrics.add(Assessments.visit(1, assessment, null, settlement, Labels.NONE), assessment);
    }
}
