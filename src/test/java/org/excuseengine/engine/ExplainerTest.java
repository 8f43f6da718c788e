package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.excuseengine.model.Category;
import org.excuseengine.model.Visit;
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

    private static Visit withoutDate(Visit visit) {
        return new Visit(visit.visitId(), null, visit.customer(), visit.history(), visit.target(), visit.commitment(),
                visit.excuses(), visit.outcome(), visit.lang());
    }
}
