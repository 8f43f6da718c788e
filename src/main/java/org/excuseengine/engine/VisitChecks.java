package org.excuseengine.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.excuseengine.model.DecimalLimits;
import org.excuseengine.model.History;
import org.excuseengine.model.Visit;
import org.excuseengine.model.VisitLimits;
import org.excuseengine.text.Languages;

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
    /** Characters of an id, as the schema's maxLength says. */
    private static final int ID_CHARS = 200;
    private static final int NAME_CHARS = 1000;
    private static final java.util.regex.Pattern EVIDENCE_CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    static void check(Visit visit) {
        require(visit != null, "", "a visit");
        id(visit.visitId(), "/visitId");
        require(visit.lang() == null || Languages.isSupported(visit.lang()), "/lang", "one of zh-Hant, zh-Hans, en, or null");
        date(visit.date(), "/date");
        require(visit.customer() != null, "/customer", "a customer");
        id(visit.customer().id(), "/customer/id");
        require(visit.customer().name() == null || visit.customer().name().length() <= NAME_CHARS, "/customer/name",
                "a name of at most " + NAME_CHARS + " characters");
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
            require(promise != null, at, "a promise");
            require(promise.due() != null, at + "/due", "a date");
            date(promise.due(), at + "/due");
            date(promise.made(), at + "/made");
            require(promise.amount() != null, at + "/amount", "an amount above 0");
            bounded(promise.amount(), at + "/amount");
            require(promise.amount().signum() > 0, at + "/amount", "an amount above 0");
            amount(promise.paid(), at + "/paid");
        });
        each(history.payments(), "/history/payments", (payment, at) -> {
            require(payment != null, at, "a payment");
            require(payment.date() != null, at + "/date", "a date");
            date(payment.date(), at + "/date");
            require(payment.amount() != null, at + "/amount", "an amount");
            amount(payment.amount(), at + "/amount");
        });
        each(history.tickets(), "/history/tickets", (ticket, at) -> {
            require(ticket != null, at, "a ticket");
            require(ticket.opened() != null, at + "/opened", "a date");
            date(ticket.opened(), at + "/opened");
            date(ticket.closed(), at + "/closed");
            require(ticket.kind() != null, at + "/kind", "one of QUALITY, AFTER_SALES, PROMOTION_SUPPORT");
            require(ticket.status() != null, at + "/status", "one of OPEN, RESOLVED");
        });
        each(history.excuses(), "/history/excuses", (excuse, at) -> {
            require(excuse != null, at, "an earlier excuse");
            require(excuse.date() != null, at + "/date", "a date");
            date(excuse.date(), at + "/date");
            require(excuse.category() != null, at + "/category", "an excuse category");
        });
        each(visit.excuses(), "/excuses", (excuse, at) -> {
            require(excuse != null, at, "an excuse");
            require(excuse.category() != null || excuse.text() != null && !excuse.text().isEmpty(), at + "/category",
                    "a category, or a text to classify");
            require(excuse.text() == null
                    || excuse.text().codePointCount(0, excuse.text().length()) <= VisitLimits.EXCUSE_TEXT_CHARS, at + "/text",
                    "a text of at most " + VisitLimits.EXCUSE_TEXT_CHARS + " characters");
            atMost(excuse.evidence(), VisitLimits.EVIDENCE_CODES, at + "/evidence");
            amount(excuse.disputedAmount(), at + "/disputedAmount");
            each(excuse.evidence(), at + "/evidence", (code, codeAt) -> require(code != null && EVIDENCE_CODE.matcher(code).matches(),
                    codeAt, "an evidence code in capitals, such as BANK_STATEMENT"));
        });
    }

    /** An id the contract can write: 1 to 200 characters. */
    private static void id(String id, String pointer) {
        require(id != null && !id.isEmpty() && id.codePointCount(0, id.length()) <= ID_CHARS, pointer,
                "an id of 1 to " + ID_CHARS + " characters");
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
