package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.excuseengine.model.Category;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.History;
import org.excuseengine.model.Outcome;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.SharedEngine;

/**
 * A CRM that embeds the library builds visits in Java, past the JSON schema: whatever it builds,
 * {@code assess} gives an assessment or an {@link AssessmentException} naming the field, never
 * another exception.
 */
class JavaBuiltVisitFuzzProperties {
    private final ExcuseEngine engine = SharedEngine.get();

    // The extremes are generated at chosen odds below; jqwik's own edge cases would make nearly every visit a null customer.
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void anyVisitBuiltInJavaIsAssessedOrRejectedNamingTheField(@ForAll("visits") Visit visit) {
        try {
            engine.assess(visit);
            Statistics.label("outcome").collect("assessed");
        } catch (AssessmentException e) {
            assertTrue(e.getMessage().startsWith("/"), e.getMessage());
            Statistics.label("outcome").collect("rejected");
        }
        // Rejecting everything would prove nothing about the rules' side of it.
        Statistics.label("outcome").coverage(coverage -> coverage.check("assessed").percentage(share -> share >= 20));
    }

    @Provide
    Arbitrary<Visit> visits() {
        return Builders.withBuilder(() -> new VisitParts())
                .use(dates().injectNull(0.1)).in((parts, date) -> parts.with(() -> parts.date = date))
                .use(customers().injectNull(0.01)).in((parts, customer) -> parts.with(() -> parts.customer = customer))
                .use(promises().list().ofMaxSize(4)).in((parts, promises) -> parts.with(() -> parts.promises = promises))
                .use(payments().list().ofMaxSize(4)).in((parts, payments) -> parts.with(() -> parts.payments = payments))
                .use(tickets().list().ofMaxSize(3)).in((parts, tickets) -> parts.with(() -> parts.tickets = tickets))
                .use(pastExcuses().list().ofMaxSize(3)).in((parts, excuses) -> parts.with(() -> parts.pastExcuses = excuses))
                .use(amounts().injectNull(0.5)).in((parts, target) -> parts.with(() -> parts.target = target))
                .use(commitments().injectNull(0.3)).in((parts, commitment) -> parts.with(() -> parts.commitment = commitment))
                .use(excuses().list().ofMaxSize(3)).in((parts, excuses) -> parts.with(() -> parts.excuses = excuses))
                .use(rarely(Arbitraries.of("en", "zh-Hant", "zh-Hans"), Arbitraries.of("fr", "")).injectNull(0.5)).in((parts, lang) -> parts.with(() -> parts.lang = lang))
                .build(VisitParts::visit);
    }

    private static final class VisitParts {
        LocalDate date;
        Customer customer;
        List<Promise> promises;
        List<Payment> payments;
        List<Ticket> tickets;
        List<PastExcuse> pastExcuses;
        BigDecimal target;
        Commitment commitment;
        List<ExcuseInput> excuses;
        String lang;

        VisitParts with(Runnable set) {
            set.run();
            return this;
        }

        Visit visit() {
            return new Visit("V-FUZZ", date, customer, new History(promises, payments, tickets, pastExcuses), target,
                    commitment, excuses, new Outcome(null, null), lang);
        }
    }

    /** Ordinary dates near the visit, and the ends of what a LocalDate can hold. */
    private Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(60, Arbitraries.integers().between(-800, 400).map(days -> LocalDate.of(2026, 3, 15).plusDays(days))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-1, 1, 1), LocalDate.of(10_000, 1, 1),
                        LocalDate.EPOCH, LocalDate.of(0, 1, 1))));
    }

    /** Ordinary amounts, and numbers no amount should be: negative, huge, with a huge scale. */
    private Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(60, Arbitraries.longs().between(0, 1_000_000).map(BigDecimal::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(new BigDecimal("-1"), new BigDecimal("1e-999999999"),
                        new BigDecimal("1e999999999"), new BigDecimal("0e-999999999"), new BigDecimal("0.0000000000001"),
                        new BigDecimal(BigInteger.TEN.pow(40)), new BigDecimal("123.45"))));
    }

    private Arbitrary<Customer> customers() {
        return net.jqwik.api.Combinators.combine(rarely(Arbitraries.strings().ofMinLength(1).ofMaxLength(8), Arbitraries.just("")).injectNull(0.01),
                Arbitraries.of(CreditRating.class).injectNull(0.01), amounts().injectNull(0.1),
                Arbitraries.integers().between(-1, 1_000))
                .as((id, rating, overdue, days) -> new Customer(id, "Fuzz Trading", rating, overdue, days));
    }

    private Arbitrary<Promise> promises() {
        return net.jqwik.api.Combinators.combine(dates().injectNull(0.1), dates().injectNull(0.01),
                amounts().injectNull(0.01), amounts().injectNull(0.2))
                .as(Promise::new);
    }

    private Arbitrary<Payment> payments() {
        return net.jqwik.api.Combinators.combine(dates().injectNull(0.01), amounts().injectNull(0.01)).as(Payment::new);
    }

    private Arbitrary<Ticket> tickets() {
        return net.jqwik.api.Combinators.combine(dates().injectNull(0.01), Arbitraries.of(TicketKind.class).injectNull(0.01),
                Arbitraries.of(TicketStatus.class).injectNull(0.01), dates().injectNull(0.5))
                .as(Ticket::new);
    }

    private Arbitrary<PastExcuse> pastExcuses() {
        return net.jqwik.api.Combinators.combine(dates().injectNull(0.01), Arbitraries.of(Category.class).injectNull(0.01))
                .as(PastExcuse::new);
    }

    private Arbitrary<Commitment> commitments() {
        return net.jqwik.api.Combinators.combine(amounts().injectNull(0.1), dates().injectNull(0.2)).as(Commitment::new);
    }

    /** Mostly {@code usual}, now and then {@code odd}: odd values at odds that leave most visits valid. */
    private static <T> Arbitrary<T> rarely(Arbitrary<T> usual, Arbitrary<T> odd) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, usual), net.jqwik.api.Tuple.of(1, odd));
    }

    private Arbitrary<ExcuseInput> excuses() {
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("資金緊張", "the goods were faulty", "马上就付", "", "   "));
        return net.jqwik.api.Combinators.combine(texts.injectNull(0.1), Arbitraries.of(Category.class).injectNull(0.5),
                rarely(Arbitraries.of("TICKET_REFERENCE", "BANK_STATEMENT"), Arbitraries.of("bad code", "")).injectNull(0.01).list().ofMaxSize(2))
                .as(ExcuseInput::new);
    }
}
