package org.excuseengine.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import org.excuseengine.model.History;
import org.excuseengine.model.Visit;

/**
 * The checks a visit built in Java must pass, the same the JSON schema makes on a visit read
 * from JSON. A failure names the field as a JSON pointer and what was expected.
 */
final class VisitChecks {
    private VisitChecks() {}

    static void check(Visit visit) {
        require(visit != null, "", "a visit");
        require(visit.customer() != null, "/customer", "a customer");
        require(visit.customer().creditRating() != null, "/customer/creditRating", "one of A, B, C, D");
        notNegative(visit.customer().overdueAmount(), "/customer/overdueAmount");
        require(visit.customer().overdueDays() >= 0, "/customer/overdueDays", "a whole number of days, 0 or more");
        notNegative(visit.target(), "/target");
        if (visit.commitment() != null) {
            require(visit.commitment().amount() != null, "/commitment/amount", "an amount");
            notNegative(visit.commitment().amount(), "/commitment/amount");
        }
        History history = visit.history();
        each(history.promises(), "/history/promises", (promise, at) -> {
            require(promise != null && promise.due() != null, at + "/due", "a date");
            require(promise.amount() != null && promise.amount().signum() > 0, at + "/amount", "an amount above 0");
            notNegative(promise.paid(), at + "/paid");
        });
        each(history.payments(), "/history/payments", (payment, at) -> {
            require(payment != null && payment.date() != null, at + "/date", "a date");
            require(payment.amount() != null, at + "/amount", "an amount");
            notNegative(payment.amount(), at + "/amount");
        });
        each(history.tickets(), "/history/tickets", (ticket, at) -> {
            require(ticket != null && ticket.opened() != null, at + "/opened", "a date");
            require(ticket.kind() != null, at + "/kind", "one of QUALITY, AFTER_SALES, PROMOTION_SUPPORT");
            require(ticket.status() != null, at + "/status", "one of OPEN, RESOLVED");
        });
        each(history.excuses(), "/history/excuses", (excuse, at) -> {
            require(excuse != null && excuse.date() != null, at + "/date", "a date");
            require(excuse.category() != null, at + "/category", "an excuse category");
        });
        each(visit.excuses(), "/excuses", (excuse, at) -> require(excuse != null, at, "an excuse"));
    }

    private static <T> void each(List<T> items, String pointer, BiConsumer<T, String> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(items.get(i), pointer + "/" + i);
        }
    }

    private static void notNegative(BigDecimal amount, String pointer) {
        require(amount == null || amount.signum() >= 0, pointer, "an amount of 0 or more");
    }

    private static void require(boolean ok, String pointer, String expected) {
        if (!ok) {
            throw new AssessmentException((pointer.isEmpty() ? "/" : pointer) + ": expected " + expected);
        }
    }
}
