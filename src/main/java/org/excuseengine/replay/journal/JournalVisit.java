package org.excuseengine.replay.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.History;
import org.excuseengine.model.Outcome;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Visit;
import org.excuseengine.model.VisitLimits;

/**
 * A visit of a journal, ready to be rebuilt as the contract's {@link Visit} on the history as it
 * stood that day, and what became of its commitment afterwards.
 */
public final class JournalVisit {
    private final CustomerTimeline timeline;
    private final JournalEvent.VisitLogged event;
    private final LocalDate journalEnd;

    JournalVisit(CustomerTimeline timeline, JournalEvent.VisitLogged event, LocalDate journalEnd) {
        this.timeline = timeline;
        this.event = event;
        this.journalEnd = journalEnd;
    }

    /** The journal line of the visit event. */
    public long line() {
        return event.line();
    }

    public String visitId() {
        return event.visitId();
    }

    public LocalDate date() {
        return event.date();
    }

    public String profile() {
        return timeline.profile();
    }

    /** The intent the journal gives for each excuse, in order; null where it gives none. */
    public List<String> intents() {
        return event.excuses().stream().map(JournalEvent.JournalExcuse::intent).toList();
    }

    /** Why the visit cannot be judged, or null when it can: the rules need a credit rating. */
    public String problem() {
        if (creditRating() == null) {
            return "no credit rating is known for customer " + timeline.customerId() + " before " + date()
                    + ": give the visit a creditRating, or log a customer or rating_changed event before it";
        }
        return null;
    }

    /**
     * The visit as the CRM would have sent it that day: the customer as it stood, its promises,
     * payments and tickets from before the visit's date, and {@code earlierExcuses} (the categories
     * of earlier visits' excuses, which depend on how those visits were classified). No outcome:
     * the rules must not see the future.
     */
    public Visit visit(List<PastExcuse> earlierExcuses) {
        CreditRating rating = creditRating();
        if (rating == null) {
            throw new IllegalStateException(problem());
        }
        CustomerTimeline.HistoryAsOf before = timeline.historyBefore(date());
        List<PastExcuse> pastExcuses = earlierExcuses.stream().filter(e -> e.date().isBefore(date())).toList();
        Customer customer = new Customer(timeline.customerId(), timeline.nameBefore(date()), rating,
                event.overdueAmount(), event.overdueDays());
        return new Visit(event.visitId(), date(), customer,
                new History(recent(before.promises()), recent(before.payments()), recentTickets(before.tickets()), recent(pastExcuses)),
                event.target(), event.commitment(),
                event.excuses().stream().map(JournalEvent.JournalExcuse::input).toList(),
                null, event.lang());
    }

    /**
     * What was paid against the visit's commitment by its due date, and in the late days after it,
     * or null when there is nothing to tell: no commitment with an amount and a due date, or a due
     * date after the journal's end. When the journal ends within the late days, what it holds of
     * them is all that counts.
     */
    public Outcome outcome() {
        if (!CustomerTimeline.isPromise(event) || event.commitment().due().isAfter(journalEnd)) {
            return null;
        }
        PromiseLedger ledger = timeline.ledger();
        return new Outcome(ledger.paid(line()), ledger.lastPaidOn(line()), ledger.paidLate(line()));
    }

    /** The visit with its outcome, as a snapshot replay file holds it. */
    public Visit withOutcome(Visit visit) {
        return new Visit(visit.visitId(), visit.date(), visit.customer(), visit.history(), visit.target(),
                visit.commitment(), visit.excuses(), outcome(), visit.lang());
    }

    /**
     * The latest entries of a history list, as many as a visit may hold. A customer with years of
     * journal behind it would otherwise make visits the engine refuses. The rules look back a year
     * at most at promises, payments and excuses, which a thousand entries cover unless the
     * customer logs three a day; open tickets are the exception, see {@link #recentTickets}.
     */
    private static <T> List<T> recent(List<T> entries) {
        int from = Math.max(0, entries.size() - VisitLimits.HISTORY_ENTRIES);
        return entries.subList(from, entries.size());
    }

    /**
     * The tickets a visit may hold: an open ticket backs a complaint however old it is, so the
     * oldest resolved tickets make room first.
     */
    private static List<Ticket> recentTickets(List<Ticket> tickets) {
        int excess = tickets.size() - VisitLimits.HISTORY_ENTRIES;
        if (excess <= 0) {
            return tickets;
        }
        List<Ticket> kept = new ArrayList<>(tickets.size() - excess);
        for (Ticket ticket : tickets) {
            if (excess > 0 && ticket.status() != TicketStatus.OPEN) {
                excess--;
            } else {
                kept.add(ticket);
            }
        }
        return recent(kept);
    }

    private CreditRating creditRating() {
        return event.creditRating() != null ? event.creditRating() : timeline.ratingBefore(date());
    }
}
