package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CategorySource;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Reason;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.Verdict;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;

/** What the contract promises about every assessment, whatever the rules say. */
class AssessmentContractTest {
    private final ExcuseEngine engine = SharedEngine.get();

    @Test
    void aVisitWithoutExcusesHasNoVerdictAndNoScore() {
        Assessment assessment = engine.assess(aVisit().build());

        assertEquals(Verdict.NONE, assessment.verdict());
        assertNull(assessment.score());
        assertTrue(assessment.excuses().isEmpty());
        assertNotNull(assessment.escalation());
    }

    @Test
    void theVisitVerdictIsItsLeastCredibleExcuse() {
        Visit visit = aVisit()
                .openTicket(TicketKind.QUALITY, 10).says(Category.QUALITY)   // backed by a ticket: credible
                .says(Category.AFTER_SALES)                                   // no ticket: leverage
                .build();

        Assessment assessment = engine.assess(visit);

        assertEquals(Verdict.CREDIBLE, assessment.excuses().get(0).verdict());
        assertEquals(Verdict.NOT_CREDIBLE, assessment.excuses().get(1).verdict());
        assertEquals(Verdict.NOT_CREDIBLE, assessment.verdict());
        assertEquals(assessment.excuses().get(1).score(), assessment.score());
    }

    @Test
    void everyReasonNamesARuleThatFired() {
        Visit visit = aVisit().rated(CreditRating.C).overdue(300_000, 120).brokenPromise(20, 50_000)
                .earlierExcuse(Category.TIGHT_CASH, 30).says(Category.TIGHT_CASH).target(200_000).commits(50_000).build();

        Assessment assessment = engine.assess(visit);

        for (ExcuseAssessment excuse : assessment.excuses()) {
            assertFalse(excuse.reasons().isEmpty(), "an excuse verdict without reasons");
            for (Reason reason : excuse.reasons()) {
                assertTrue(assessment.rulesFired().contains(reason.rule()), reason.rule() + " is not among the fired rules");
                assertFalse(reason.detail().isBlank());
            }
        }
        assessment.escalation().reasons().forEach(reason -> assertTrue(assessment.rulesFired().contains(reason.rule())));
        assessment.gap().reasons().forEach(reason -> assertTrue(assessment.rulesFired().contains(reason.rule())));
    }

    @Test
    void theSameVisitAndRulesAlwaysGiveTheSameAssessment() throws Exception {
        ContractJson json = new ContractJson();
        Visit visit = json.readVisit(Files.readString(Path.of("examples/visit.json")));

        String first = json.write(engine.assess(visit));
        String again = json.write(engine.assess(visit));

        assertEquals(first, again);
        assertEquals(engine.rulesVersion(), engine.assess(visit).rulesVersion());
    }

    @Test
    void theContractExampleIsJudgedAsTheMethodSays() throws Exception {
        Visit visit = new ContractJson().readVisit(Files.readString(Path.of("examples/visit.json")));

        Assessment assessment = engine.assess(visit);

        ExcuseAssessment excuse = assessment.excuses().get(0);
        assertAll(
                () -> assertEquals(Category.TIGHT_CASH, excuse.category()),
                () -> assertEquals(CategorySource.TEXT, excuse.categorySource()),
                () -> assertEquals(Verdict.NOT_CREDIBLE, excuse.verdict()),
                () -> assertEquals("zh-Hant", excuse.rebuttal().lang()),
                // The 300,000 target is above the 120,000 the customer owes: capped at it, the 200,000
                // committed covers it, so there is no gap and nothing is asked beyond what is owed.
                () -> assertEquals(0, assessment.gap().gap().intValue()),
                () -> assertEquals(120_000, assessment.negotiation().expected().intValue()),
                () -> assertEquals(120_000, assessment.negotiation().openingAsk().intValue()));
    }

    @Test
    void theRebuttalFollowsTheLanguageOfTheExcuseElseTheVisitsLanguage() {
        Assessment simplified = engine.assess(aVisit().saysInWords("最近资金紧张").build());
        Assessment english = engine.assess(aVisit().saysInWords("cash is tight this month").build());
        Assessment byCategory = engine.assess(aVisit().lang("zh-Hans").says(Category.QUALITY).build());

        assertEquals("zh-Hans", simplified.excuses().get(0).rebuttal().lang());
        assertEquals("en", english.excuses().get(0).rebuttal().lang());
        assertEquals("zh-Hans", byCategory.excuses().get(0).rebuttal().lang());
    }

    @Test
    void aVisitThatBreaksTheContractIsRejectedNamingTheField() {
        Visit noRating = new Visit("V-9", null, new Customer("C-9", null, null, null, 0), null, null, null, null, null, null);

        AssessmentException error = assertThrows(AssessmentException.class, () -> engine.assess(noRating));

        assertTrue(error.getMessage().startsWith("/customer/creditRating"), error.getMessage());
    }
}
