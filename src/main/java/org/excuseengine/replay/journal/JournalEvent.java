package org.excuseengine.replay.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.TicketKind;

/**
 * One event of a CRM's journal, as read and checked. Every event happened on a {@code date} to a
 * {@code customer} and was read from a {@code line} of the journal (1-based; for CSV, the line
 * its record starts on). docs/replay.md describes the fields of each type.
 */
public sealed interface JournalEvent {
    long line();

    LocalDate date();

    String customer();

    EventType type();

    /** A customer on the books: its name, first credit rating and hidden behaviour profile. */
    record CustomerOpened(long line, LocalDate date, String customer, String name, CreditRating creditRating,
                          String profile) implements JournalEvent {
        public EventType type() {
            return EventType.CUSTOMER;
        }
    }

    record RatingChanged(long line, LocalDate date, String customer, CreditRating creditRating) implements JournalEvent {
        public EventType type() {
            return EventType.RATING_CHANGED;
        }
    }

    /**
     * A collection visit: what the customer owed that day, the target, what it committed to and
     * the excuses it gave. {@code creditRating} is null when the visit leaves it to the rating
     * events; {@code commitment} is null when no commitment was made.
     */
    record VisitLogged(long line, LocalDate date, String customer, String visitId, CreditRating creditRating,
                       BigDecimal overdueAmount, int overdueDays, BigDecimal target, Commitment commitment,
                       String lang, List<JournalExcuse> excuses) implements JournalEvent {
        public VisitLogged {
            excuses = List.copyOf(excuses);
        }

        public EventType type() {
            return EventType.VISIT;
        }
    }

    /** An excuse heard at a visit, with the intent behind it when the journal knows it (the rules never see it). */
    record JournalExcuse(ExcuseInput input, String intent) {}

    /** A promise to pay made outside a visit (by phone, by mail). */
    record PromiseMade(long line, LocalDate date, String customer, BigDecimal amount, LocalDate due) implements JournalEvent {
        public EventType type() {
            return EventType.PROMISE;
        }
    }

    record PaymentReceived(long line, LocalDate date, String customer, BigDecimal amount) implements JournalEvent {
        public EventType type() {
            return EventType.PAYMENT;
        }
    }

    record TicketOpened(long line, LocalDate date, String customer, String ticketId, TicketKind kind) implements JournalEvent {
        public EventType type() {
            return EventType.TICKET_OPENED;
        }
    }

    record TicketResolved(long line, LocalDate date, String customer, String ticketId) implements JournalEvent {
        public EventType type() {
            return EventType.TICKET_RESOLVED;
        }
    }
}
