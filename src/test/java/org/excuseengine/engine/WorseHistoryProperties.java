package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.testing.SharedEngine;
import org.excuseengine.testing.VisitBuilder;

/**
 * The method's promise, checked over many generated histories: worse history never makes an
 * excuse more credible, nor the follow-up looser.
 */
class WorseHistoryProperties {
    private final ExcuseEngine engine = SharedEngine.get();

    /** A customer's situation, and the ways it can get worse. */
    record Situation(CreditRating rating, int overdueDays, long overdue, int kept, int partial, int broken,
                     int repeats, Category excuse, boolean withEvidence) {

        VisitBuilder visit() {
            VisitBuilder visit = aVisit().rated(rating).overdue(overdue, overdueDays).target(overdue * 2).commits(overdue / 2);
            for (int i = 0; i < kept; i++) {
                visit.keptPromise(30 + 25 * i, 10_000);
            }
            for (int i = 0; i < partial; i++) {
                visit.partlyKeptPromise(35 + 25 * i, 10_000, 4_000);
            }
            for (int i = 0; i < broken; i++) {
                visit.brokenPromise(40 + 25 * i, 10_000);
            }
            for (int i = 0; i < repeats; i++) {
                visit.earlierExcuse(excuse, 20 + 40 * i);
            }
            String[] evidence = withEvidence ? new String[] {"BANK_STATEMENT", "DOWNSTREAM_AGING_REPORT", "REMITTANCE_ADVICE"} : new String[0];
            return visit.says(excuse, evidence);
        }

        List<Situation> worse() {
            List<Situation> worse = new java.util.ArrayList<>();
            if (rating != CreditRating.D) {
                worse.add(new Situation(CreditRating.values()[rating.ordinal() + 1], overdueDays, overdue, kept, partial, broken, repeats, excuse, withEvidence));
            }
            worse.add(new Situation(rating, overdueDays + 60, overdue, kept, partial, broken, repeats, excuse, withEvidence));
            worse.add(new Situation(rating, overdueDays, overdue * 3, kept, partial, broken, repeats, excuse, withEvidence));
            worse.add(new Situation(rating, overdueDays, overdue, kept, partial, broken + 1, repeats, excuse, withEvidence));
            worse.add(new Situation(rating, overdueDays, overdue, kept, partial + 1, broken, repeats, excuse, withEvidence));
            worse.add(new Situation(rating, overdueDays, overdue, kept, partial, broken, repeats + 1, excuse, withEvidence));
            if (kept > 0) {
                worse.add(new Situation(rating, overdueDays, overdue, kept - 1, partial, broken + 1, repeats, excuse, withEvidence));
            }
            return worse;
        }
    }

    @Provide
    Arbitrary<Situation> situations() {
        return Combinators.combine(
                Arbitraries.of(CreditRating.class),
                Arbitraries.integers().between(0, 400),
                Arbitraries.longs().between(1_000, 900_000),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 7),
                Arbitraries.of(Category.class)
        ).as((rating, days, overdue, kept, partial, broken, repeatsAndEvidence, category) -> new Situation(
                rating, days, overdue, kept, partial, broken, repeatsAndEvidence % 4, category, repeatsAndEvidence >= 4));
    }

    @Property(tries = 120)
    void worseHistoryNeverLoosensTheFollowUp(@ForAll("situations") Situation situation) {
        Assessment before = engine.assess(situation.visit().build());
        for (Situation worse : situation.worse()) {
            Assessment after = engine.assess(worse.visit().build());
            assertTrue(after.escalation().level().compareTo(before.escalation().level()) >= 0,
                    () -> "level fell from " + before.escalation().level() + " to " + after.escalation().level() + " for " + worse);
            assertTrue(after.escalation().followUpInDays() <= before.escalation().followUpInDays(),
                    () -> "follow-up loosened from " + before.escalation().followUpInDays() + " to "
                            + after.escalation().followUpInDays() + " days for " + worse);
        }
    }

    @Property(tries = 120)
    void worseHistoryNeverMakesAnExcuseMoreCredible(@ForAll("situations") Situation situation) {
        Assessment before = engine.assess(situation.visit().build());
        for (Situation worse : situation.worse()) {
            Assessment after = engine.assess(worse.visit().build());
            assertTrue(after.verdict().compareTo(before.verdict()) >= 0,
                    () -> "verdict rose from " + before.verdict() + " to " + after.verdict() + " for " + worse
                            + "\nbefore: " + before.excuses().get(0).reasons() + "\nafter: " + after.excuses().get(0).reasons());
            assertTrue(after.score() <= before.score(),
                    () -> "score rose from " + before.score() + " to " + after.score() + " for " + worse
                            + "\nbefore: " + before.excuses().get(0).reasons() + "\nafter: " + after.excuses().get(0).reasons());
        }
    }
}
