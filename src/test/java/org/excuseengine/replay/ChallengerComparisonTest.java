package org.excuseengine.replay;

import static org.excuseengine.model.EscalationLevel.MANAGER;
import static org.excuseengine.model.EscalationLevel.ROUTINE;
import static org.excuseengine.model.EscalationLevel.TIGHTEN;
import static org.excuseengine.model.Verdict.CREDIBLE;
import static org.excuseengine.model.Verdict.DOUBTFUL;
import static org.excuseengine.model.Verdict.NOT_CREDIBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.excuseengine.model.Assessment;
import org.junit.jupiter.api.Test;

class ChallengerComparisonTest {
    @Test
    void countsChangedVerdictsAndEscalationsBothWays() {
        ChallengerComparison comparison = new ChallengerComparison(10);
        compare(comparison, 1, Assessments.of(DOUBTFUL, ROUTINE), Assessments.of(DOUBTFUL, ROUTINE));
        compare(comparison, 2, Assessments.of(DOUBTFUL, ROUTINE), Assessments.of(NOT_CREDIBLE, TIGHTEN));
        compare(comparison, 3, Assessments.of(DOUBTFUL, ROUTINE), Assessments.of(NOT_CREDIBLE, ROUTINE));
        compare(comparison, 4, Assessments.of(CREDIBLE, MANAGER), Assessments.of(CREDIBLE, TIGHTEN));

        ComparisonReport report = comparison.report();

        assertEquals(4, report.compared());
        assertEquals(3, report.changed());
        assertEquals(2, report.verdictChanged());
        assertEquals(Map.of("DOUBTFUL -> NOT_CREDIBLE", 2L), report.verdictChanges());
        assertEquals(1, report.escalationRaised());
        assertEquals(1, report.escalationLowered());
        assertEquals(Map.of("ROUTINE -> TIGHTEN", 1L, "MANAGER -> TIGHTEN", 1L), report.escalationChanges());
        assertEquals(3, report.sample().size());
        ComparisonReport.ChangedVisit first = report.sample().get(0);
        assertEquals("V-2", first.visitId());
        assertEquals(DOUBTFUL, first.champion().verdict());
        assertEquals(NOT_CREDIBLE, first.challenger().verdict());
        assertEquals("TIGHT_CASH: a rule [why]", first.challenger().reasons().get(0));
    }

    @Test
    void theSampleIsBoundedAndTheSameOnEveryRun() {
        ComparisonReport once = changedVisits(1_000, 5);
        ComparisonReport again = changedVisits(1_000, 5);

        assertEquals(1_000, once.changed());
        assertEquals(5, once.sample().size());
        assertEquals(once.sample(), again.sample());
    }

    @Test
    void visitsOneSideRejectedAreCountedApart() {
        ChallengerComparison comparison = new ChallengerComparison(3);
        ReplayedVisit visit = Assessments.visit(1, Assessments.of(CREDIBLE, ROUTINE), null, null, Labels.NONE);
        comparison.add(new ReplayedVisit(1, "V-1", visit.visit(), visit.champion(), Judgement.failed("rule loops"),
                null, Labels.NONE, java.util.List.of()));

        assertEquals(0, comparison.report().compared());
        assertEquals(1, comparison.report().onlyOneAssessed());
    }

    private static ComparisonReport changedVisits(int count, int sample) {
        ChallengerComparison comparison = new ChallengerComparison(sample);
        for (int i = 1; i <= count; i++) {
            compare(comparison, i, Assessments.of(CREDIBLE, ROUTINE), Assessments.of(DOUBTFUL, ROUTINE));
        }
        return comparison.report();
    }

    private static void compare(ChallengerComparison comparison, long line, Assessment champion, Assessment challenger) {
        comparison.add(Assessments.visit(line, champion, challenger, null, Labels.NONE));
    }
}
