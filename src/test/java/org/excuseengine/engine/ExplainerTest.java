package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.ScorePoints;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;

class ExplainerTest {
    @Test
    void aVisitWithoutADateIsExplainedAsOfTheEnginesClockLikeItsAssessment() {
        // Given an engine whose clock stands on the visit day, and a visit that names no date of its own
        Clock visitDay = Clock.fixed(aVisit().build().date().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Visit undated = withoutDate(aVisit().brokenPromise(10, 50_000).says(Category.TIGHT_CASH).build());
        try (ExcuseEngine engine = ExcuseEngine.builder(Path.of("rules")).clock(visitDay).build()) {

            // When it is explained
            Explanation explanation = new Explainer(engine).explain(undated);

            // Then the derived facts are those of the visit day: the promise fell due ten days before it
            assertEquals(engine.assess(undated), explanation.assessment());
            assertTrue(explanation.derivedFacts().stream().anyMatch(fact -> fact.startsWith("PromiseRecord[windowDays=90")
                    && fact.contains("broken=1")), explanation.derivedFacts().toString());
        }
    }

    @Test
    void eachExcusesScorecardIsItsAssessmentsPointsAndListsOnlyRowsWrittenForItsCategory() {
        Visit visit = aVisit().rated(CreditRating.B).brokenPromise(20, 10_000).says(Category.TIGHT_CASH).build();

        Explanation explanation = new Explainer(SharedEngine.get()).explain(visit);

        Explanation.ExcuseWhy why = explanation.excuses().get(0);
        ExcuseAssessment excuse = explanation.assessment().excuses().get(0);
        assertEquals(1, why.index());
        assertEquals(Category.TIGHT_CASH, why.category());
        assertEquals(excuse.score(), why.score());
        assertEquals(excuse.verdict(), why.verdict());
        assertEquals(excuse.points(), why.points());
        assertEquals(excuse.score(), Math.max(0, Math.min(100, why.points().stream().mapToInt(ScorePoints::points).sum())));
        List<String> notApplied = why.notApplied().stream().map(Explanation.RuleNotFired::rule).toList();
        assertTrue(notApplied.contains("a bank statement showing the cash position adds 10"), notApplied.toString());
        assertTrue(why.notApplied().stream().allMatch(row -> row.where().contains("sheets/credibility-scorecard.drl.csv:")
                && row.conditions().contains("Signal(")), why.notApplied().toString());
        assertFalse(notApplied.contains("a remittance advice adds 40"), "a paying-soon row: " + notApplied);
        assertFalse(notApplied.contains("an open ticket of the complaint's kind adds 35"), "a complaint row: " + notApplied);
    }

    @Test
    void aRowThatGaveTheExcusePointsIsNotAmongTheRowsThatDidNotApply() {
        Visit visit = aVisit().rated(CreditRating.B).brokenPromise(20, 10_000).says(Category.TIGHT_CASH).build();

        Explanation.ExcuseWhy why = new Explainer(SharedEngine.get()).explain(visit).excuses().get(0);

        List<String> notApplied = why.notApplied().stream().map(Explanation.RuleNotFired::rule).toList();
        for (ScorePoints line : why.points()) {
            assertFalse(notApplied.contains(line.rule()), line.rule() + " gave " + line.points() + " points: " + notApplied);
        }
    }

    private static Visit withoutDate(Visit visit) {
        return new Visit(visit.visitId(), null, visit.customer(), visit.history(), visit.target(), visit.commitment(),
                visit.excuses(), visit.outcome(), visit.lang());
    }
}
