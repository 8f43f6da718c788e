package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CategorySource;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.History;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Promise;
import org.excuseengine.model.Reason;
import org.excuseengine.model.ScorePoints;
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
        Visit visit = example();

        Assessment assessment = engine.assess(visit);

        // Tight cash heard once before, from a customer who paid most of a promise: a second
        // mention is not yet a stall, so the claim stays doubtful (to be checked), not a lie.
        ExcuseAssessment excuse = assessment.excuses().get(0);
        assertAll(
                () -> assertEquals(Category.TIGHT_CASH, excuse.category()),
                () -> assertEquals(CategorySource.TEXT, excuse.categorySource()),
                () -> assertEquals(Verdict.DOUBTFUL, excuse.verdict()),
                () -> assertEquals(55, excuse.score()),
                () -> assertTrue(excuse.points().contains(new ScorePoints("an excuse heard once before in 90 days loses 10", -10,
                        "heard 1 time(s) before in 90 days, first on 2026-02-14")), excuse.points().toString()),
                () -> assertEquals("tight-cash.doubtful", excuse.rebuttal().id()),
                () -> assertEquals("zh-Hant", excuse.rebuttal().lang()),
                () -> assertNotNull(assessment.risk()),
                // The 300,000 target is above the 120,000 the customer owes: capped at it, the 200,000
                // committed covers it, so there is no gap and nothing is asked beyond what is owed.
                () -> assertEquals(0, assessment.gap().gap().intValue()),
                () -> assertEquals(120_000, assessment.negotiation().expected().intValue()),
                () -> assertEquals(120_000, assessment.negotiation().openingAsk().intValue()));
    }

    @Test
    void theContractExampleHeardAgainAndAgainBecomesAStall() throws Exception {
        Visit example = example();
        List<PastExcuse> twiceBefore = List.of(new PastExcuse(LocalDate.of(2026, 1, 20), Category.TIGHT_CASH),
                new PastExcuse(LocalDate.of(2026, 2, 14), Category.TIGHT_CASH));
        List<PastExcuse> threeTimesBefore = List.of(new PastExcuse(LocalDate.of(2025, 12, 20), Category.TIGHT_CASH),
                new PastExcuse(LocalDate.of(2026, 1, 20), Category.TIGHT_CASH),
                new PastExcuse(LocalDate.of(2026, 2, 14), Category.TIGHT_CASH));

        ExcuseAssessment second = engine.assess(example).excuses().get(0);
        ExcuseAssessment third = engine.assess(withEarlierExcuses(example, twiceBefore)).excuses().get(0);
        ExcuseAssessment fourth = engine.assess(withEarlierExcuses(example, threeTimesBefore)).excuses().get(0);

        assertTrue(third.score() < second.score(), "third mention " + third.score() + ", second " + second.score());
        assertTrue(fourth.score() < third.score(), "fourth mention " + fourth.score() + ", third " + third.score());
        assertEquals(Verdict.NOT_CREDIBLE, fourth.verdict());
        assertEquals("tight-cash.not-credible", fourth.rebuttal().id());
    }

    @Test
    void theContractExampleWithItsPromiseBrokenIsNotCredible() throws Exception {
        Visit example = example();
        Promise partlyKept = example.history().promises().get(0);
        History broken = new History(List.of(new Promise(partlyKept.made(), partlyKept.due(), partlyKept.amount(), BigDecimal.ZERO)),
                List.of(), example.history().tickets(), example.history().excuses());

        Assessment assessment = engine.assess(withHistory(example, broken));

        ExcuseAssessment excuse = assessment.excuses().get(0);
        assertEquals(Verdict.NOT_CREDIBLE, excuse.verdict());
        assertTrue(excuse.points().stream().anyMatch(line -> line.rule().equals("a promise broken in 90 days takes 15 from the other stories")),
                excuse.points().toString());
        assertTrue(assessment.risk().score() > engine.assess(example).risk().score(), "a broken promise raises the payment risk");
    }

    private static Visit example() throws Exception {
        return new ContractJson().readVisit(Files.readString(Path.of("examples/visit.json")));
    }

    private static Visit withEarlierExcuses(Visit visit, List<PastExcuse> excuses) {
        History history = visit.history();
        return withHistory(visit, new History(history.promises(), history.payments(), history.tickets(), excuses));
    }

    private static Visit withHistory(Visit visit, History history) {
        return new Visit(visit.visitId(), visit.date(), visit.customer(), history, visit.target(), visit.commitment(),
                visit.excuses(), visit.outcome(), visit.lang());
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
    void aPromiseThatDoesNotSayWhenItWasMadeIsStillGraded() {
        // "made" is optional in the contract; two promises falling due the same day are ordered by it.
        Visit dated = aVisit().brokenPromise(20, 10_000).brokenPromise(20, 5_000).says(Category.TIGHT_CASH).build();
        List<Promise> undatedPromises = dated.history().promises().stream()
                .map(promise -> new Promise(null, promise.due(), promise.amount(), promise.paid())).toList();
        Visit undated = withHistory(dated, new History(undatedPromises, List.of(), List.of(), List.of()));

        Assessment assessment = engine.assess(undated);

        assertEquals(engine.assess(dated).excuses().get(0).points(), assessment.excuses().get(0).points());
    }

    @Test
    void aVisitThatBreaksTheContractIsRejectedNamingTheField() {
        Visit noRating = new Visit("V-9", null, new Customer("C-9", null, null, null, 0), null, null, null, null, null, null);

        AssessmentException error = assertThrows(AssessmentException.class, () -> engine.assess(noRating));

        assertTrue(error.getMessage().startsWith("/customer/creditRating"), error.getMessage());
    }
}
