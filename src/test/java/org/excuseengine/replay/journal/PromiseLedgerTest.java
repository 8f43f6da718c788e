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

    private static BigDecimal amount(long value) {
        return BigDecimal.valueOf(value);
    }
}
