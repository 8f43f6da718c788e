package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rule author sees when an edit is wrong, and what the engine keeps serving meanwhile. */
class RuleLoadingTest {
    /** Notes the signals of a claim itself: the file a rule author edits most. */
    private static final String CLAIM = "credibility/claim.drl";
    private static final String OPEN_TICKET = "$ticket : ticket, ticket.status == TicketStatus.OPEN)";
    /** The rated-B follow-up: the one rule that asks for ROUTINE within 7 days with this action. */
    private static final String RATED_B_FOLLOW_UP = "EscalationLevel.ROUTINE, 7, \"Follow up on the commitment within a week\"";

    @TempDir
    Path temp;

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.edit(CLAIM, OPEN_TICKET, "$ticket : ticket, ticket.status == TicketStatus.OPEN");
        int line = rules.lineOf(CLAIM, "ticket.status == TicketStatus.OPEN");

        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> ExcuseEngine.fromRules(rules.root()));

        RuleProblem problem = error.problems().get(0);
        assertEquals(CLAIM, problem.file());
        assertTrue(Math.abs(problem.line() - line) <= 1, "reported line " + problem.line() + ", broken line " + line);
        assertTrue(error.getMessage().contains(CLAIM + ":"), error.getMessage());
    }

    @Test
    void anUnknownFactFieldIsReportedWithItsFileAndLine() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.edit(CLAIM, OPEN_TICKET, "$ticket : tikcet, ticket.status == TicketStatus.OPEN)");
        int line = rules.lineOf(CLAIM, "tikcet");

        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> ExcuseEngine.fromRules(rules.root()));

        assertTrue(error.problems().stream().anyMatch(p -> p.file().equals(CLAIM) && p.line() == line
                && p.message().contains("tikcet")), error.getMessage());
    }

    @Test
    void aBadEditNeverReplacesWorkingRules() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            String working = engine.rulesVersion();
            rules.edit(CLAIM, OPEN_TICKET + "\nthen", OPEN_TICKET + "\nthen oops(");

            assertFalse(engine.reload().isEmpty());

            assertEquals(working, engine.rulesVersion());
            assertEquals(working, engine.assess(aVisit().says(Category.QUALITY).build()).rulesVersion());
            assertFalse(engine.status().upToDate());
            assertEquals(CLAIM, engine.status().lastErrors().get(0).file());
        }
    }

    @Test
    void aGoodEditIsServedFromTheNextAssessmentOn() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            String before = engine.rulesVersion();
            assertEquals(EscalationLevel.ROUTINE, engine.assess(aVisit().rated(CreditRating.B).overdue(1000, 10).commits(500).build())
                    .escalation().level());
            rules.edit("escalation.drl", RATED_B_FOLLOW_UP, RATED_B_FOLLOW_UP.replace("ROUTINE", "TIGHTEN"));

            assertTrue(engine.reload().isEmpty());

            assertNotEquals(before, engine.rulesVersion());
            assertEquals(EscalationLevel.TIGHTEN, engine.assess(aVisit().rated(CreditRating.B).overdue(1000, 10).commits(500).build())
                    .escalation().level());
            assertEquals(1, engine.status().reloads());
        }
    }

    @Test
    void aWatchedFolderReloadsByItselfAfterAnEdit() throws InterruptedException {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).watchRules(true)
                .quietPeriod(Duration.ofMillis(100)).build()) {
            String before = engine.rulesVersion();
            rules.edit("escalation.drl", RATED_B_FOLLOW_UP, RATED_B_FOLLOW_UP.replace("ROUTINE", "TIGHTEN"));

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (engine.rulesVersion().equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertNotEquals(before, engine.rulesVersion());
        }
    }

    @Test
    void anExcuseWhoseScoreFallsInNoBandIsDoubtfulUntilChecked() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        // A quality complaint rated A with its ticket open scores 40 + 10 + 35 = 85: credible as shipped.
        var backed = aVisit().rated(CreditRating.A).openTicket(org.excuseengine.model.TicketKind.QUALITY, 5)
                .says(Category.QUALITY).build();
        assertEquals(org.excuseengine.model.Verdict.CREDIBLE, SharedEngine.get().assess(backed).excuses().get(0).verdict());
        String credibleBand = "a credibility score of 60 or more is credible,60,,CREDIBLE,score\n";
        rules.edit("sheets/verdict-bands.drl.csv", credibleBand, "");

        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            var excuse = engine.assess(backed).excuses().get(0);

            assertEquals(org.excuseengine.model.Verdict.DOUBTFUL, excuse.verdict());
            assertEquals(85, excuse.score());
            var verdictReason = excuse.reasons().get(excuse.reasons().size() - 1);
            assertEquals("an excuse whose score falls in no band is doubtful until checked", verdictReason.rule());
            assertEquals("score 85", verdictReason.detail());
            assertEquals("quality.doubtful", excuse.rebuttal().id());
        }
    }

    @Test
    void aLoopingRuleFailsItsVisitNamingTheRuleAndTheEngineCarriesOn() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.write("loop.drl", """
                package org.excuseengine.rules;
                ruleflow-group "judge"
                import org.excuseengine.model.*;
                import org.excuseengine.model.fact.*;
                rule "a careless rule inserts points for every points"
                when
                    $points : CredibilityPoints()
                then
                    insert(new CredibilityPoints($points.excuseIndex(), 0, "loop", "again"));
                end
                """);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).timeLimit(Duration.ofSeconds(5)).build()) {
            var looping = aVisit().openTicket(org.excuseengine.model.TicketKind.QUALITY, 5).says(Category.QUALITY).build();

            AssessmentException error = assertThrows(AssessmentException.class, () -> engine.assess(looping));

            assertTrue(error.getMessage().contains("a careless rule inserts points for every points"), error.getMessage());
            assertEquals(EscalationLevel.ROUTINE,
                    engine.assess(aVisit().rated(CreditRating.A).overdue(1000, 5).commits(500).build()).escalation().level());
        }
    }

    @Test
    void aRuleThatThrowsFailsItsVisitNamingTheRuleAndTheEngineCarriesOn() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.write("broken.drl", """
                package org.excuseengine.rules;
                ruleflow-group "judge"
                import org.excuseengine.model.*;
                import org.excuseengine.model.fact.*;
                rule "a rule with a bug fails on quality complaints"
                when
                    Excuse(category == Category.QUALITY)
                then
                    throw new IllegalStateException("a bug in the rule");
                end
                """);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).build()) {
            List<ExcuseEngine.Result> results = engine.assessAll(List.of(
                    aVisit().id("V-1").says(Category.QUALITY).build(),
                    aVisit().id("V-2").rated(CreditRating.A).overdue(1000, 5).commits(500).says(Category.TIGHT_CASH).build()));

            assertTrue(results.get(0).error().startsWith("/: the rules failed on this visit"), results.get(0).error());
            assertTrue(results.get(0).error().contains("a rule with a bug fails on quality complaints"), results.get(0).error());
            assertTrue(results.get(0).error().contains("a bug in the rule"), results.get(0).error());
            assertEquals(EscalationLevel.ROUTINE, results.get(1).assessment().escalation().level());
        }
    }
}
