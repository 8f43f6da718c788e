package org.excuseengine.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.excuseengine.model.DecimalLimits;
import org.excuseengine.model.History;
import org.excuseengine.model.Visit;
import org.excuseengine.model.VisitLimits;

/**
 * The checks a visit built in Java must pass, the same the JSON schema and {@link DecimalLimits}
 * make on a visit read from JSON. A failure names the field as a JSON pointer and what was
 * expected.
 */
final class VisitChecks {
    private VisitChecks() {}

    /** The dates the contract's {@code YYYY-MM-DD} can write; the rules count days back and forth from them. */
    private static final LocalDate FIRST_DATE = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    static void check(Visit visit) {
        require(visit != null, "", "a visit");
        date(visit.date(), "/date");
        require(visit.customer() != null, "/customer", "a customer");
        require(visit.customer().creditRating() != null, "/customer/creditRating", "one of A, B, C, D");
        amount(visit.customer().overdueAmount(), "/customer/overdueAmount");
        require(visit.customer().overdueDays() >= 0, "/customer/overdueDays", "a whole number of days, 0 or more");
        amount(visit.customer().balance(), "/customer/balance");
        amount(visit.target(), "/target");
        if (visit.commitment() != null) {
            require(visit.commitment().amount() != null, "/commitment/amount", "an amount");
            amount(visit.commitment().amount(), "/commitment/amount");
            date(visit.commitment().due(), "/commitment/due");
        }
        if (visit.outcome() != null) {
            bounded(visit.outcome().paid(), "/outcome/paid");
            date(visit.outcome().paidOn(), "/outcome/paidOn");
        }
        History history = visit.history();
        atMost(history.promises(), VisitLimits.HISTORY_ENTRIES, "/history/promises");
        atMost(history.payments(), VisitLimits.HISTORY_ENTRIES, "/history/payments");
        atMost(history.tickets(), VisitLimits.HISTORY_ENTRIES, "/history/tickets");
        atMost(history.excuses(), VisitLimits.HISTORY_ENTRIES, "/history/excuses");
        atMost(visit.excuses(), VisitLimits.EXCUSES, "/excuses");
        each(history.promises(), "/history/promises", (promise, at) -> {
            require(promise != null && promise.due() != null, at + "/due", "a date");
            date(promise.due(), at + "/due");
            date(promise.made(), at + "/made");
            require(promise.amount() != null, at + "/amount", "an amount above 0");
            bounded(promise.amount(), at + "/amount");
            require(promise.amount().signum() > 0, at + "/amount", "an amount above 0");
            amount(promise.paid(), at + "/paid");
        });
        each(history.payments(), "/history/payments", (payment, at) -> {
            require(payment != null && payment.date() != null, at + "/date", "a date");
            date(payment.date(), at + "/date");
            require(payment.amount() != null, at + "/amount", "an amount");
            amount(payment.amount(), at + "/amount");
        });
        each(history.tickets(), "/history/tickets", (ticket, at) -> {
            require(ticket != null && ticket.opened() != null, at + "/opened", "a date");
            date(ticket.opened(), at + "/opened");
            date(ticket.closed(), at + "/closed");
            require(ticket.kind() != null, at + "/kind", "one of QUALITY, AFTER_SALES, PROMOTION_SUPPORT");
            require(ticket.status() != null, at + "/status", "one of OPEN, RESOLVED");
        });
        each(history.excuses(), "/history/excuses", (excuse, at) -> {
            require(excuse != null && excuse.date() != null, at + "/date", "a date");
            date(excuse.date(), at + "/date");
            require(excuse.category() != null, at + "/category", "an excuse category");
        });
        each(visit.excuses(), "/excuses", (excuse, at) -> {
            require(excuse != null, at, "an excuse");
            require(excuse.text() == null
                    || excuse.text().codePointCount(0, excuse.text().length()) <= VisitLimits.EXCUSE_TEXT_CHARS, at + "/text",
                    "a text of at most " + VisitLimits.EXCUSE_TEXT_CHARS + " characters");
            atMost(excuse.evidence(), VisitLimits.EVIDENCE_CODES, at + "/evidence");
            amount(excuse.disputedAmount(), at + "/disputedAmount");
        });
    }

    private static void atMost(List<?> items, int limit, String pointer) {
        require(items.size() <= limit, pointer, "at most " + limit + " entries, found " + items.size());
    }

    private static <T> void each(List<T> items, String pointer, BiConsumer<T, String> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(items.get(i), pointer + "/" + i);
        }
    }

    /** A date, if given, that the contract can write. */
    private static void date(LocalDate date, String pointer) {
        require(date == null || !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE), pointer,
                "a date from " + FIRST_DATE + " to " + LAST_DATE);
    }

    /** An amount, if given, of 0 or more within the bounds on every number. */
    private static void amount(BigDecimal amount, String pointer) {
        bounded(amount, pointer);
        require(amount == null || amount.signum() >= 0, pointer, "an amount of 0 or more");
    }

    /**
     * Checked before the sign or anything else reads the number: adding 1e-999999999 to any other
     * amount, as the rules do, makes a number of a billion digits.
     */
    private static void bounded(BigDecimal number, String pointer) {
        require(number == null || DecimalLimits.fits(number), pointer, DecimalLimits.EXPECTED);
    }

    private static void require(boolean ok, String pointer, String expected) {
        if (!ok) {
            throw new AssessmentException((pointer.isEmpty() ? "/" : pointer) + ": expected " + expected);
        }
    }
}
