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
    private static final String QUALITY = "credibility/quality.drl";

    @TempDir
    Path temp;

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.edit(QUALITY, "    MatchingTicket(excuseIndex == $index, $ticket : ticket)",
                "    MatchingTicket(excuseIndex == $index, $ticket : ticket");
        int line = rules.lineOf(QUALITY, "MatchingTicket(excuseIndex == $index, $ticket : ticket");

        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> ExcuseEngine.fromRules(rules.root()));

        RuleProblem problem = error.problems().get(0);
        assertEquals(QUALITY, problem.file());
        assertTrue(Math.abs(problem.line() - line) <= 1, "reported line " + problem.line() + ", broken line " + line);
        assertTrue(error.getMessage().contains(QUALITY + ":"), error.getMessage());
    }

    @Test
    void anUnknownFactFieldIsReportedWithItsFileAndLine() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.edit(QUALITY, "MatchingTicket(excuseIndex == $index, $ticket : ticket)",
                "MatchingTicket(excuseIndex == $index, $ticket : tikcet)");
        int line = rules.lineOf(QUALITY, "tikcet");

        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> ExcuseEngine.fromRules(rules.root()));

        assertTrue(error.problems().stream().anyMatch(p -> p.file().equals(QUALITY) && p.line() == line
                && p.message().contains("tikcet")), error.getMessage());
    }

    @Test
    void aBadEditNeverReplacesWorkingRules() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            String working = engine.rulesVersion();
            rules.edit(QUALITY, "$ticket : ticket)\nthen", "$ticket : ticket)\nthen oops(");

            assertFalse(engine.reload().isEmpty());

            assertEquals(working, engine.rulesVersion());
            assertEquals(working, engine.assess(aVisit().says(Category.QUALITY).build()).rulesVersion());
            assertFalse(engine.status().upToDate());
            assertEquals(QUALITY, engine.status().lastErrors().get(0).file());
        }
    }

    @Test
    void aGoodEditIsServedFromTheNextAssessmentOn() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            String before = engine.rulesVersion();
            assertEquals(EscalationLevel.ROUTINE, engine.assess(aVisit().rated(CreditRating.B).overdue(1000, 10).commits(500).build())
                    .escalation().level());
            rules.edit("escalation.drl", "EscalationLevel.ROUTINE, 7,", "EscalationLevel.TIGHTEN, 7,");

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
            rules.edit("escalation.drl", "EscalationLevel.ROUTINE, 7,", "EscalationLevel.TIGHTEN, 7,");

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (engine.rulesVersion().equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertNotEquals(before, engine.rulesVersion());
        }
    }

    @Test
    void anExcuseNoCredibilityRuleJudgesIsDoubtfulUntilChecked() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        java.nio.file.Files.delete(rules.root().resolve("credibility/other.drl"));
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            var excuse = engine.assess(aVisit().says(Category.OTHER).build()).excuses().get(0);

            assertEquals(org.excuseengine.model.Verdict.DOUBTFUL, excuse.verdict());
            assertEquals("an excuse no rule could judge is doubtful until checked", excuse.reasons().get(0).rule());
            assertEquals("other.doubtful", excuse.rebuttal().id());
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
                rule "a careless rule inserts a finding for every finding"
                when
                    $finding : Finding(verdict == Verdict.CREDIBLE)
                then
                    insert(new Finding($finding.excuseIndex(), Verdict.CREDIBLE, 90, "quality.credible", "loop", "again"));
                end
                """);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).timeLimit(Duration.ofSeconds(5)).build()) {
            var looping = aVisit().openTicket(org.excuseengine.model.TicketKind.QUALITY, 5).says(Category.QUALITY).build();

            AssessmentException error = assertThrows(AssessmentException.class, () -> engine.assess(looping));

            assertTrue(error.getMessage().contains("a careless rule inserts a finding for every finding"), error.getMessage());
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
