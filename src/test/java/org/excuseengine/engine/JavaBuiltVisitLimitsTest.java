package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.History;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Visit;
import org.excuseengine.model.VisitLimits;
import org.excuseengine.testing.SharedEngine;
import org.excuseengine.testing.VisitBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A visit built in Java keeps to the same bounds on its numbers as one read from JSON, so that no
 * amount can make the rules spell out a billion digits.
 */
class JavaBuiltVisitLimitsTest {
    private static final String OUT_OF_BOUNDS = ": expected a number with at most 18 digits before the decimal point and 12 after it";
    /** Twelve characters that add up to a billion digits as soon as another amount is added to them. */
    private static final BigDecimal BILLION_DECIMALS = new BigDecimal("1e-999999999");
    private static final BigDecimal BILLION_DIGITS = new BigDecimal("1e999999999");
    /** Long enough for a visit that is refused before the rules; far too short to spell out a billion digits. */
    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    private final ExcuseEngine engine = SharedEngine.get();

    @Test
    void aPaymentWithABillionDecimalsIsRejectedNamingItAndTheEngineCarriesOn() {
        // Given a customer whose fourth payment is 1e-999999999, and an ordinary visit after it
        Visit corrupt = aVisit().payment(40, 10_000).payment(30, 10_000).payment(20, 10_000).payment(10, BILLION_DECIMALS)
                .says(Category.TIGHT_CASH).build();
        Visit ordinary = aVisit().id("V-2").payment(10, 10_000).says(Category.TIGHT_CASH).build();
        Assessment ordinaryBefore = engine.assess(ordinary);

        // When the corrupt visit is assessed
        AssessmentException error = assertTimeoutPreemptively(AT_ONCE,
                () -> assertThrows(AssessmentException.class, () -> engine.assess(corrupt)));

        // Then it is refused at once naming the payment, and the next visit is assessed as before
        assertEquals("/history/payments/3/amount" + OUT_OF_BOUNDS, error.getMessage());
        assertEquals(ordinaryBefore, engine.assess(ordinary));
    }

    @Test
    void aDateNoContractDateCanWriteIsRejectedNamingItAndTheEngineCarriesOn() {
        Visit corrupt = aVisit().says(Category.TIGHT_CASH).build();
        corrupt = new Visit(corrupt.visitId(), corrupt.date(), corrupt.customer(),
                new History(List.of(), List.of(new Payment(LocalDate.MAX, BigDecimal.TEN)), List.of(), List.of()),
                corrupt.target(), corrupt.commitment(), corrupt.excuses(), corrupt.outcome(), corrupt.lang());
        Visit ordinary = aVisit().id("V-2").payment(10, 10_000).says(Category.TIGHT_CASH).build();
        Visit finalCorrupt = corrupt;

        AssessmentException error = assertThrows(AssessmentException.class, () -> engine.assess(finalCorrupt));

        assertEquals("/history/payments/0/date: expected a date from 0000-01-01 to 9999-12-31", error.getMessage());
        assertEquals(ordinary.visitId(), engine.assess(ordinary).visitId());
    }

    @Test
    void aHistoryListOverTheLimitIsRejectedNamingIt() {
        VisitBuilder crowded = aVisit().says(Category.TIGHT_CASH);
        for (int i = 0; i <= VisitLimits.HISTORY_ENTRIES; i++) {
            crowded.payment(1 + i % 300, 1_000);
        }

        AssessmentException error = assertThrows(AssessmentException.class, () -> engine.assess(crowded.build()));

        assertEquals("/history/payments: expected at most 1000 entries, found 1001", error.getMessage());
    }

    @Test
    void anExcuseTextOverTheLimitIsRejectedNamingIt() {
        Visit wordy = aVisit().saysInWords("資金緊張".repeat(VisitLimits.EXCUSE_TEXT_CHARS / 4 + 1)).build();

        AssessmentException error = assertThrows(AssessmentException.class, () -> engine.assess(wordy));

        assertEquals("/excuses/0/text: expected a text of at most 4000 characters", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDecimalOfAVisit")
    void everyDecimalOfAVisitIsBoundedAsInJson(String pointer, Function<BigDecimal, Visit> visitWith) {
        for (BigDecimal outOfBounds : List.of(BILLION_DIGITS, BILLION_DECIMALS, new BigDecimal("0.1234567890123"),
                new BigDecimal("0e-999999999"))) {
            AssessmentException error = assertTimeoutPreemptively(AT_ONCE,
                    () -> assertThrows(AssessmentException.class, () -> engine.assess(visitWith.apply(outOfBounds))));

            assertEquals(pointer + OUT_OF_BOUNDS, error.getMessage(), "for " + outOfBounds);
        }
    }

    @Test
    void numbersAtTheBoundsAreAssessed() {
        Visit visit = aVisit().target(new BigDecimal("999999999999999999.123456789012"))
                .payment(10, new BigDecimal("0.5000000000000000000000")) // trailing zeros do not count
                .build();

        assertEquals(visit.visitId(), engine.assess(visit).visitId());
    }

    static Stream<Arguments> everyDecimalOfAVisit() {
        return Stream.of(
                arguments("/customer/overdueAmount", withAmount(amount -> aVisit().overdue(amount, 30).build())),
                arguments("/target", withAmount(amount -> aVisit().target(amount).build())),
                arguments("/commitment/amount", withAmount(amount -> aVisit().commits(amount).build())),
                arguments("/history/promises/1/amount", withAmount(amount -> aVisit().promise(60, 5_000, 0)
                        .promise(30, amount, BigDecimal.ZERO).build())),
                arguments("/history/promises/0/paid", withAmount(amount -> aVisit().promise(30, BigDecimal.TEN, amount).build())),
                arguments("/history/payments/0/amount", withAmount(amount -> aVisit().payment(10, amount).build())),
                arguments("/outcome/paid", withAmount(amount -> aVisit().commits(5_000).thenPaid(amount).build())),
                arguments("/customer/balance", withAmount(amount -> withBalance(aVisit().build(), amount))),
                arguments("/excuses/0/disputedAmount", withAmount(amount -> disputing(aVisit().says(Category.QUALITY).build(), amount))));
    }

    @Test
    void aNegativeBalanceOrDisputedAmountIsRejectedNamingIt() {
        BigDecimal negative = new BigDecimal("-1");

        assertEquals("/customer/balance: expected an amount of 0 or more", assertThrows(AssessmentException.class,
                () -> engine.assess(withBalance(aVisit().build(), negative))).getMessage());
        assertEquals("/excuses/0/disputedAmount: expected an amount of 0 or more", assertThrows(AssessmentException.class,
                () -> engine.assess(disputing(aVisit().says(Category.QUALITY).build(), negative))).getMessage());
    }

    private static Visit withBalance(Visit visit, BigDecimal balance) {
        Customer customer = visit.customer();
        return new Visit(visit.visitId(), visit.date(), new Customer(customer.id(), customer.name(), customer.creditRating(),
                customer.overdueAmount(), customer.overdueDays(), balance), visit.history(), visit.target(), visit.commitment(),
                visit.excuses(), visit.outcome(), visit.lang());
    }

    private static Visit disputing(Visit visit, BigDecimal disputed) {
        ExcuseInput said = visit.excuses().get(0);
        return new Visit(visit.visitId(), visit.date(), visit.customer(), visit.history(), visit.target(), visit.commitment(),
                List.of(new ExcuseInput(said.text(), said.category(), said.evidence(), disputed)), visit.outcome(), visit.lang());
    }

    /** Gives each lambda its type, which {@code arguments(Object...)} cannot infer. */
    private static Function<BigDecimal, Visit> withAmount(Function<BigDecimal, Visit> visit) {
        return visit;
    }
}
