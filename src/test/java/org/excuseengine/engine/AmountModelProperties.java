package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.History;
import org.excuseengine.model.Instalment;
import org.excuseengine.model.Negotiation;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Verdict;
import org.excuseengine.model.Visit;
import org.excuseengine.model.fact.BusinessCalendar;
import org.excuseengine.testing.SharedEngine;

/**
 * The amount model's guarantees over generated visits in the three locales: no amount asked for is
 * above what is owed, nor asks for what a credible complaint disputes; the first tranche is never
 * more than the whole; a plan's instalments add up to it and fall on business days; the first
 * payment is never due after the customer's own date.
 */
class AmountModelProperties {
    private static final List<String> LANGUAGES = List.of("zh-Hant", "zh-Hans", "en");
    private final ExcuseEngine engine = SharedEngine.get();
    private final Calendars calendars = Calendars.load(SharedEngine.RULES);

    /** One excuse as generated: its category, the amount it disputes, and whether a ticket backs it. */
    record Said(Category category, long disputed, boolean backed) {}

    record Case(CreditRating rating, LocalDate date, String lang, long overdue, Long balance, Long target,
                Long committed, int commitDays, List<Long> payments, List<Said> said) {

        Visit visit() {
            List<Payment> paid = new ArrayList<>();
            for (int i = 0; i < payments.size(); i++) {
                paid.add(new Payment(date.minusDays(20 + 60L * i), BigDecimal.valueOf(payments.get(i))));
            }
            List<Ticket> tickets = new ArrayList<>();
            List<ExcuseInput> excuses = new ArrayList<>();
            for (Said each : said) {
                boolean complaint = each.category().isComplaint();
                if (complaint && each.backed()) {
                    tickets.add(new Ticket(date.minusDays(5), TicketKind.valueOf(each.category().name()), TicketStatus.OPEN, null));
                }
                excuses.add(new ExcuseInput(null, each.category(), each.backed() ? List.of("TICKET_REFERENCE") : List.of(),
                        each.disputed() > 0 ? BigDecimal.valueOf(each.disputed()) : null));
            }
            return new Visit("P-1", date, new Customer("C-1", "Generated", rating, BigDecimal.valueOf(overdue), 45,
                    balance == null ? null : BigDecimal.valueOf(balance)),
                    new History(List.of(), paid, tickets, List.of()),
                    target == null ? null : BigDecimal.valueOf(target),
                    committed == null ? null : new Commitment(BigDecimal.valueOf(committed), date.plusDays(commitDays)),
                    excuses, null, lang);
        }

        BigDecimal owed() {
            return BigDecimal.valueOf(balance != null ? balance : overdue);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Said> said = Combinators.combine(Arbitraries.of(Category.class),
                Arbitraries.longs().between(0, 400_000), Arbitraries.of(true, false)).as(Said::new);
        return Combinators.combine(
                Arbitraries.of(CreditRating.class),
                Arbitraries.integers().between(0, 729).map(day -> LocalDate.of(2026, 1, 1).plusDays(day)),
                Arbitraries.of(LANGUAGES),
                Arbitraries.longs().between(0, 1_500_000),
                Arbitraries.longs().between(0, 2_000_000).injectNull(0.5),
                Arbitraries.longs().between(0, 2_500_000).injectNull(0.4),
                Arbitraries.longs().between(0, 1_000_000).injectNull(0.4),
                Combinators.combine(Arbitraries.integers().between(-10, 40),
                        Arbitraries.longs().between(1, 150_000).list().ofMaxSize(4),
                        said.list().ofMinSize(1).ofMaxSize(3)).as(List::of)
        ).as((rating, date, lang, overdue, balance, target, committed, rest) -> new Case(rating, date, lang, overdue,
                balance, target, committed, (Integer) rest.get(0), castLongs(rest.get(1)), castSaid(rest.get(2))));
    }

    /** Visits owing more than the customer has paid at once: most of them get a plan. */
    @Provide
    Arbitrary<Case> owingMoreThanEverPaid() {
        return Combinators.combine(cases(), Arbitraries.longs().between(100_000, 3_000_000),
                Arbitraries.longs().between(1, 60_000).list().ofMinSize(1).ofMaxSize(4))
                .as((generated, overdue, payments) -> new Case(generated.rating(), generated.date(), generated.lang(), overdue,
                        generated.balance() == null ? null : overdue + generated.balance(), generated.target(),
                        generated.committed(), generated.commitDays(), payments, generated.said()));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> castLongs(Object list) {
        return (List<Long>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Said> castSaid(Object list) {
        return (List<Said>) list;
    }

    @Property(tries = 150)
    void everyAmountAskedForIsAtMostWhatIsOwedLessWhatIsSetAside(@ForAll("cases") Case generated) {
        Negotiation negotiation = negotiationOf(generated);
        BigDecimal claimable = generated.owed().subtract(negotiation.setAside());
        assertEquals(0, negotiation.owed().compareTo(generated.owed()));
        for (BigDecimal asked : asked(negotiation)) {
            assertTrue(asked.signum() >= 0, () -> "a negative amount asked: " + negotiation);
            assertTrue(asked.compareTo(claimable) <= 0, () -> asked + " asked, above the " + claimable + " that may be asked for: " + negotiation);
        }
    }

    @Property(tries = 150)
    void theFirstTrancheIsNeverMoreThanTheWhole(@ForAll("cases") Case generated) {
        Negotiation negotiation = negotiationOf(generated);
        assertTrue(negotiation.firstTranche().compareTo(negotiation.expected()) <= 0, negotiation::toString);
        assertTrue(negotiation.expected().compareTo(negotiation.openingAsk()) <= 0, negotiation::toString);
    }

    @Property(tries = 150)
    void aPlansInstalmentsAddUpToTheExpectedSettlementOnBusinessDays(@ForAll("owingMoreThanEverPaid") Case generated) {
        Negotiation negotiation = negotiationOf(generated);
        BusinessCalendar calendar = calendars.forLanguage(generated.lang());
        assertTrue(calendar.isBusinessDay(negotiation.firstDue()), () -> negotiation.firstDue() + " is not a business day");
        Statistics.label("a plan proposed").collect(negotiation.plan() != null);
        if (negotiation.plan() == null) {
            return;
        }
        assertTrue(negotiation.plan().size() >= 2, negotiation::toString);
        BigDecimal sum = negotiation.plan().stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(negotiation.expected()), () -> "the plan adds up to " + sum + ": " + negotiation);
        assertEquals(0, negotiation.plan().get(0).amount().compareTo(negotiation.firstTranche()));
        LocalDate previous = generated.date().minusDays(1);
        for (Instalment instalment : negotiation.plan()) {
            assertTrue(instalment.amount().signum() > 0, negotiation::toString);
            assertTrue(calendar.isBusinessDay(instalment.due()), () -> instalment.due() + " is not a business day");
            assertTrue(instalment.due().isAfter(previous), negotiation::toString);
            previous = instalment.due();
        }
    }

    @Property(tries = 150)
    void nothingDisputedIsAskedForWhileItsComplaintIsCredible(@ForAll("cases") Case generated) {
        Assessment assessment = engine.assess(generated.visit());
        Negotiation negotiation = assessment.negotiation();
        BigDecimal disputedUnderCredible = BigDecimal.ZERO;
        for (int i = 0; i < assessment.excuses().size(); i++) {
            ExcuseAssessment excuse = assessment.excuses().get(i);
            if (excuse.verdict() == Verdict.CREDIBLE) {
                disputedUnderCredible = disputedUnderCredible.add(BigDecimal.valueOf(generated.said().get(i).disputed()));
            }
        }
        BigDecimal setAside = disputedUnderCredible.min(generated.owed());
        Statistics.label("an amount set aside").collect(setAside.signum() > 0);
        assertEquals(0, negotiation.setAside().compareTo(setAside), negotiation::toString);
        BigDecimal mayAsk = generated.owed().subtract(setAside);
        for (BigDecimal asked : asked(negotiation)) {
            assertTrue(asked.compareTo(mayAsk) <= 0, () -> asked + " asked while " + setAside + " is disputed under a credible complaint");
        }
    }

    @Property(tries = 150)
    void theFirstPaymentIsNeverDueAfterTheCustomersOwnDate(@ForAll("cases") Case generated) {
        Negotiation negotiation = negotiationOf(generated);
        LocalDate own = generated.committed() == null ? null : generated.date().plusDays(generated.commitDays());
        BusinessCalendar calendar = calendars.forLanguage(generated.lang());
        boolean workingDayBetween = own != null && !own.isBefore(generated.date())
                && generated.date().datesUntil(own.plusDays(1)).anyMatch(calendar::isBusinessDay);
        if (workingDayBetween) {
            assertFalse(negotiation.firstDue().isAfter(own), () -> "due " + negotiation.firstDue() + " after the customer's " + own);
        }
        assertFalse(negotiation.firstDue().isBefore(generated.date()));
    }

    private Negotiation negotiationOf(Case generated) {
        Negotiation negotiation = engine.assess(generated.visit()).negotiation();
        assertNotNull(negotiation);
        return negotiation;
    }

    private static List<BigDecimal> asked(Negotiation negotiation) {
        List<BigDecimal> asked = new ArrayList<>(List.of(negotiation.expected(), negotiation.openingAsk(), negotiation.firstTranche()));
        if (negotiation.plan() != null) {
            negotiation.plan().forEach(instalment -> asked.add(instalment.amount()));
        }
        return asked;
    }
}
