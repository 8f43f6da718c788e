package org.excuseengine.replay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromiseLedgerTest {
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    @Test
    void aPaymentGoesToThePromiseDueSoonestFirstAndTheRestToTheNext() {
        PromiseLedger ledger = new PromiseLedger();
        ledger.promise(1, JAN_1, JAN_1.plusDays(20), amount(500));
        ledger.promise(2, JAN_1, JAN_1.plusDays(10), amount(300));

        ledger.pay(JAN_1.plusDays(5), amount(400));

        assertEquals(amount(300), ledger.paid(2));
        assertEquals(amount(100), ledger.paid(1));
    }

    @Test
    void aPaymentCountsOnlyBetweenThePromisesDayAndItsDueDate() {
        PromiseLedger ledger = new PromiseLedger();
        ledger.pay(JAN_1, amount(100)); // before any promise: pays older debt
        ledger.promise(1, JAN_1.plusDays(1), JAN_1.plusDays(10), amount(500));
        ledger.pay(JAN_1.plusDays(10), amount(200)); // on the due date: counts
        ledger.pay(JAN_1.plusDays(11), amount(300)); // a day late: does not

        assertEquals(amount(200), ledger.paid(1));
        assertEquals(JAN_1.plusDays(10), ledger.lastPaidOn(1));
    }

    @Test
    void whatWasPaidBeforeADayIgnoresLaterPayments() {
        PromiseLedger ledger = new PromiseLedger();
        ledger.promise(1, JAN_1, JAN_1.plusDays(30), amount(1000));
        ledger.pay(JAN_1.plusDays(5), amount(200));
        ledger.pay(JAN_1.plusDays(15), amount(300));

        assertEquals(BigDecimal.ZERO, ledger.paidBefore(1, JAN_1.plusDays(5)));
        assertEquals(amount(200), ledger.paidBefore(1, JAN_1.plusDays(6)));
        assertEquals(amount(500), ledger.paidBefore(1, JAN_1.plusDays(16)));
    }

    @Test
    void aPromiseIsNeverPaidMoreThanItsAmount() {
        PromiseLedger ledger = new PromiseLedger();
        ledger.promise(1, JAN_1, JAN_1.plusDays(10), amount(100));
        ledger.pay(JAN_1.plusDays(1), amount(250));

        assertEquals(amount(100), ledger.paid(1));
    }

    @Test
    void aPromiseNothingWasPaidAgainstHasNoPaymentDay() {
        PromiseLedger ledger = new PromiseLedger();
        ledger.promise(1, JAN_1, JAN_1.plusDays(10), amount(100));

        assertEquals(BigDecimal.ZERO, ledger.paid(1));
        assertNull(ledger.lastPaidOn(1));
    }

    @Test
    void whatOpenPromisesLeaveOfALatePaymentGoesToThePromiseDueLongestAgo() {
        PromiseLedger ledger = new PromiseLedger();
        ledger.promise(1, JAN_1, JAN_1.plusDays(5), amount(300));
        ledger.promise(2, JAN_1, JAN_1.plusDays(8), amount(400));
        ledger.promise(3, JAN_1.plusDays(9), JAN_1.plusDays(20), amount(200));

        ledger.pay(JAN_1.plusDays(12), amount(600));

        assertEquals(amount(200), ledger.paid(3), "the open promise takes its share first");
        assertEquals(amount(300), ledger.paidLate(1));
        assertEquals(amount(100), ledger.paidLate(2));
        assertEquals(BigDecimal.ZERO, ledger.paid(1), "what came late is never paid by the due date");
    }

    @Test
    void aPaymentCountsAsLateOnlyWithinTheLateDays() {
        PromiseLedger ledger = new PromiseLedger();
        LocalDate due = JAN_1.plusDays(10);
        ledger.promise(1, JAN_1, due, amount(500));
        ledger.pay(due.plusDays(Journal.LATE_DAYS), amount(200));
        ledger.pay(due.plusDays(Journal.LATE_DAYS + 1), amount(300));

        assertEquals(BigDecimal.ZERO, ledger.paid(1));
        assertEquals(amount(200), ledger.paidLate(1));
    }

    @Test
    void aLatePaymentNeverChangesWhatAPromiseWasPaidByItsDueDate() {
        PromiseLedger ledger = new PromiseLedger();
        ledger.promise(1, JAN_1, JAN_1.plusDays(10), amount(500));
        ledger.pay(JAN_1.plusDays(3), amount(200));
        ledger.pay(JAN_1.plusDays(15), amount(1000));

        assertEquals(amount(200), ledger.paid(1));
        assertEquals(amount(300), ledger.paidLate(1), "late payments make up only what is left");
        assertEquals(JAN_1.plusDays(3), ledger.lastPaidOn(1));
        assertEquals(amount(200), ledger.paidBefore(1, JAN_1.plusDays(20)), "a later history shows what was paid by the due date");
    }

    private static BigDecimal amount(long value) {
        return BigDecimal.valueOf(value);
    }
}
