package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.TicketKind;
import org.excuseengine.testing.SharedEngine;
import org.excuseengine.testing.VisitBuilder;

/**
 * The method's promises, checked over many generated histories: worse history never makes an
 * excuse more credible, nor the follow-up looser; checkable corroboration never makes it less
 * credible; a broken promise never lowers the payment risk.
 */
class WorseHistoryProperties {
    private static final String SCORECARD = "sheets/credibility-scorecard.drl.csv";
    /** The evidence codes the credibility scorecard gives points for, read from its rows: SHOWED_&lt;code&gt;. */
    private static final List<String> WEIGHED_EVIDENCE = weighedEvidence();

    private final ExcuseEngine engine = SharedEngine.get();

    /**
     * A customer's situation, the ways it can get worse, and the ways the excuse can be backed.
     * Open tickets were all logged {@code ticketDaysAgo} days before the visit.
     */
    record Situation(CreditRating rating, int overdueDays, long overdue, int kept, int partial, int broken,
                     int repeats, Category excuse, Set<String> evidence, List<TicketKind> openTickets, int ticketDaysAgo) {

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
            openTickets.forEach(kind -> visit.openTicket(kind, ticketDaysAgo));
            return visit.says(excuse, evidence.toArray(String[]::new));
        }

        Situation with(CreditRating rating, int overdueDays, long overdue, int kept, int partial, int broken, int repeats) {
            return new Situation(rating, overdueDays, overdue, kept, partial, broken, repeats, excuse, evidence, openTickets, ticketDaysAgo);
        }

        List<Situation> worse() {
            List<Situation> worse = new ArrayList<>();
            if (rating != CreditRating.D) {
                worse.add(with(CreditRating.values()[rating.ordinal() + 1], overdueDays, overdue, kept, partial, broken, repeats));
            }
            worse.add(with(rating, overdueDays + 60, overdue, kept, partial, broken, repeats));
            worse.add(with(rating, overdueDays, overdue * 3, kept, partial, broken, repeats));
            // A promise gets worse when it is paid only in part instead of kept; a new partly paid
            // promise also brings a payment, which may rightly fit a story of tight cash.
            if (kept > 0) {
                worse.add(with(rating, overdueDays, overdue, kept - 1, partial + 1, broken, repeats));
            }
            worse.add(with(rating, overdueDays, overdue, kept, partial, broken, repeats + 1));
            worse.addAll(withABrokenPromise());
            return worse;
        }

        /** One more promise broken, and where there is one, a kept promise broken instead. */
        List<Situation> withABrokenPromise() {
            List<Situation> broke = new ArrayList<>();
            broke.add(with(rating, overdueDays, overdue, kept, partial, broken + 1, repeats));
            if (kept > 0) {
                broke.add(with(rating, overdueDays, overdue, kept - 1, partial, broken + 1, repeats));
            }
            return broke;
        }

        /**
         * The excuse backed by what can be checked: for a complaint, an open ticket of its kind on
         * record; for any excuse, each evidence code the scorecard weighs that it did not show yet.
         */
        List<Situation> corroborated() {
            List<Situation> backed = new ArrayList<>();
            if (excuse.isComplaint()) {
                List<TicketKind> tickets = new ArrayList<>(openTickets);
                tickets.add(TicketKind.valueOf(excuse.name()));
                backed.add(new Situation(rating, overdueDays, overdue, kept, partial, broken, repeats, excuse, evidence, tickets,
                        ticketDaysAgo));
            }
            for (String code : WEIGHED_EVIDENCE) {
                if (!evidence.contains(code)) {
                    Set<String> shown = new TreeSet<>(evidence);
                    shown.add(code);
                    backed.add(new Situation(rating, overdueDays, overdue, kept, partial, broken, repeats, excuse, shown, openTickets,
                            ticketDaysAgo));
                }
            }
            return backed;
        }
    }

    @Provide
    Arbitrary<Situation> situations() {
        Arbitrary<Situation> record = Combinators.combine(
                Arbitraries.of(CreditRating.class),
                Arbitraries.integers().between(0, 400),
                Arbitraries.longs().between(1_000, 900_000),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(Category.class)
        ).as((rating, days, overdue, kept, partial, broken, repeats, category) -> new Situation(
                rating, days, overdue, kept, partial, broken, repeats, category, Set.of(), List.of(), 1));
        return Combinators.combine(record,
                Arbitraries.subsetOf(WEIGHED_EVIDENCE),
                Arbitraries.of(TicketKind.class).list().ofMaxSize(2),
                Arbitraries.integers().between(1, 150)
        ).as((situation, evidence, tickets, ticketDaysAgo) -> new Situation(situation.rating(), situation.overdueDays(),
                situation.overdue(), situation.kept(), situation.partial(), situation.broken(), situation.repeats(), situation.excuse(),
                new TreeSet<>(evidence), tickets, ticketDaysAgo));
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

    @Property(tries = 120)
    void checkableCorroborationNeverMakesAnExcuseLessCredible(@ForAll("situations") Situation situation) {
        Assessment before = engine.assess(situation.visit().build());
        for (Situation backed : situation.corroborated()) {
            Assessment after = engine.assess(backed.visit().build());
            assertTrue(after.score() >= before.score(),
                    () -> "score fell from " + before.score() + " to " + after.score() + " for " + backed
                            + "\nbefore: " + before.excuses().get(0).reasons() + "\nafter: " + after.excuses().get(0).reasons());
            assertTrue(after.verdict().compareTo(before.verdict()) <= 0,
                    () -> "verdict fell from " + before.verdict() + " to " + after.verdict() + " for " + backed);
        }
    }

    @Property(tries = 120)
    void aBrokenPromiseNeverLowersThePaymentRisk(@ForAll("situations") Situation situation) {
        Assessment before = engine.assess(situation.visit().build());
        for (Situation broke : situation.withABrokenPromise()) {
            Assessment after = engine.assess(broke.visit().build());
            assertTrue(after.risk().score() >= before.risk().score(),
                    () -> "risk fell from " + before.risk().score() + " to " + after.risk().score() + " for " + broke
                            + "\nbefore: " + before.risk().reasons() + "\nafter: " + after.risk().reasons());
            assertTrue(after.risk().level().compareTo(before.risk().level()) >= 0,
                    () -> "risk level fell from " + before.risk().level() + " to " + after.risk().level() + " for " + broke);
        }
    }

    /**
     * A customer with no record is unknown: payment risk +25 and fixed payment dates, followed up
     * within 7 days. Once it pays a promise only in part, the +25 goes and the part payment adds 5,
     * so a customer rated A drops to LOW risk and is followed up in 14 days: looser for a worse record.
     */
    @Example
    void aNewCustomersFirstPartlyKeptPromiseNeverLoosensTheFollowUp() {
        Situation unknown = new Situation(CreditRating.A, 0, 1_000, 0, 0, 0, 0, Category.AFTER_SALES, Set.of(),
                List.of(TicketKind.AFTER_SALES), 1);
        Situation partlyKept = unknown.with(CreditRating.A, 0, 1_000, 0, 1, 0, 0);

        Assessment before = engine.assess(unknown.visit().build());
        Assessment after = engine.assess(partlyKept.visit().build());

        assertTrue(after.escalation().followUpInDays() <= before.escalation().followUpInDays(),
                () -> "follow-up loosened from " + before.escalation().followUpInDays() + " to " + after.escalation().followUpInDays()
                        + " days\nbefore: " + before.risk() + "\nafter: " + after.risk());
        assertTrue(after.risk().score() >= before.risk().score(), () -> before.risk() + " -> " + after.risk());
    }

    /** The properties mean something only while the scorecard weighs some evidence: each code it names is one a customer can show. */
    @Example
    void theScorecardWeighsTheContractsEvidenceCodes() {
        assertFalse(WEIGHED_EVIDENCE.isEmpty());
        assertTrue(WEIGHED_EVIDENCE.containsAll(List.of("TICKET_REFERENCE", "DOWNSTREAM_AGING_REPORT", "BANK_STATEMENT",
                "REMITTANCE_ADVICE")), WEIGHED_EVIDENCE::toString);
    }

    private static List<String> weighedEvidence() {
        try {
            Matcher code = Pattern.compile(",SHOWED_([A-Z_]+),").matcher(Files.readString(SharedEngine.RULES.resolve(SCORECARD)));
            Set<String> codes = new TreeSet<>();
            while (code.find()) {
                codes.add(code.group(1));
            }
            codes.remove("EVIDENCE");   // any evidence at all: a signal, not a code a customer shows
            return List.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
