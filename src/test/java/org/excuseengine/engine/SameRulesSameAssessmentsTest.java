package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SampleVisits;
import org.excuseengine.testing.SharedEngine;
import org.excuseengine.testing.VisitBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same rules folder gives byte-identical assessments however often and wherever it is
 * compiled: {@code rulesFired} lists the rules stage by stage and, within a stage, in the order
 * they are written in the folder, not in whatever order Drools happened to load the files in.
 */
class SameRulesSameAssessmentsTest {
    private static final Clock VISIT_DAY = Clock.fixed(VisitBuilder.VISIT_DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final ContractJson JSON = new ContractJson();

    private static List<Visit> visits;

    @TempDir
    Path temp;

    @BeforeAll
    static void sampleVisits() {
        visits = new ArrayList<>(SampleVisits.examplesAndScenarios());
        visits.addAll(SampleVisits.generated(300, 2026));
    }

    @Test
    void twoCompilesOfTheShippedRulesGiveByteIdenticalAssessments() {
        RulesCopy copy = RulesCopy.of(SharedEngine.RULES, temp);

        try (ExcuseEngine again = engineOn(copy.root())) {
            assertEquals(SharedEngine.get().rulesVersion(), again.rulesVersion());
            assertSameAssessments(SharedEngine.get(), again, false);
        }
    }

    @Test
    void aRuleFileRenamedWithoutMovingInTheFolderChangesNothingButTheRulesVersion() throws Exception {
        // records.drl still sorts between commitment.drl and repeats.drl, so the folder reads the
        // same; only the name Drools files it under differs, and with it Drools' own load order.
        RulesCopy copy = RulesCopy.of(SharedEngine.RULES, temp);
        Files.move(copy.file("credibility/record.drl"), copy.file("credibility/records.drl"));

        try (ExcuseEngine renamed = engineOn(copy.root())) {
            assertSameAssessments(SharedEngine.get(), renamed, true);
        }
    }

    @Test
    void rulesFiredListsEachStageInTheOrderItsRulesAreWritten() {
        Visit visit = aVisit().rated(CreditRating.C).overdue(80_000, 100).brokenPromise(30, 10_000)
                .says(Category.AFTER_SALES).commits(40_000).build();

        List<String> fired = SharedEngine.get().assess(visit).rulesFired();

        assertInOrder(fired,
                // derive: derive/history.drl, then sheets/history-terms.drl.csv
                "the promises that fell due in the last 90, 180 and 365 days are tallied",
                "promises of every customer are graded with 3 grace days and 30 late days",
                // judge: credibility/claim.drl, credibility/record.drl, risk/signals.drl, then the scorecard sheets
                "a complaint with no ticket of its kind logged before the visit is raised first at collection time",
                "an excuse from a customer who broke promises in the last 90 days is weighed against them",
                "promises broken in the last 90 days raise the payment risk further",
                "a complaint raised first at collection time loses 20",
                "a broken promise weighs 5 against a complaint",
                "a promise broken in the last 90 days adds 10 more",
                // score: scores.drl, then the band sheets
                "an excuse's points add up to its credibility score",
                "the risk scorecard's points add up to the payment-risk score",
                "a credibility score below 35 is not credible",
                // decide: risk/level.drl, then verdict.drl
                "the payment risk is the highest band its score falls in",
                "an excuse's verdict is the least credible band its score falls in",
                // respond: escalation.drl, rebuttal.drl, then sheets/thresholds.drl.csv
                "a customer rated C is followed up tightly",
                "a debt overdue more than 90 days brings in the sales manager",
                "a not-credible excuse gets its category's not-credible rebuttal",
                "a promise broken in the last 90 days tightens the follow-up");
    }

    private static ExcuseEngine engineOn(Path rules) {
        return ExcuseEngine.builder(rules).clock(VISIT_DAY).build();
    }

    private static void assertSameAssessments(ExcuseEngine first, ExcuseEngine second, boolean butTheVersion) {
        List<String> differences = new ArrayList<>();
        for (Visit visit : visits) {
            Assessment one = first.assess(visit);
            Assessment other = second.assess(visit);
            String expected = JSON.write(one);
            String actual = JSON.write(butTheVersion ? withVersion(other, one.rulesVersion()) : other);
            if (!expected.equals(actual)) {
                differences.add(one.rulesFired().equals(other.rulesFired())
                        ? visit.visitId() + ":\n  " + expected + "\n  " + actual
                        : visit.visitId() + " lists its rules\n  " + one.rulesFired() + "\n  " + other.rulesFired());
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + visits.size() + " visits differ, e.g. "
                + differences.stream().limit(2).toList());
    }

    private static Assessment withVersion(Assessment assessment, String version) {
        return new Assessment(assessment.visitId(), assessment.verdict(), assessment.score(), assessment.risk(), assessment.excuses(),
                assessment.escalation(), assessment.gap(), assessment.negotiation(), assessment.rulesFired(), version);
    }

    private static void assertInOrder(List<String> fired, String... rules) {
        int previous = -1;
        for (String rule : rules) {
            int at = fired.indexOf(rule);
            assertTrue(at >= 0, "\"" + rule + "\" did not fire: " + fired);
            assertTrue(at > previous, "\"" + rule + "\" is listed before \"" + fired.get(Math.max(previous, 0)) + "\": " + fired);
            previous = at;
        }
    }
}
