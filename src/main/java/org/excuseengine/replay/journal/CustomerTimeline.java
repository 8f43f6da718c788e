package org.excuseengine.replay.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketStatus;

/**
 * One customer's events in the order they happened, with its payments allocated to its promises.
 * It answers what the customer's history was as it stood on a given day: only events dated before
 * that day count, as the contract's {@code history} holds what happened before the visit.
 */
public final class CustomerTimeline {
    /** Same day: by type (see {@link EventType}), then in journal order. */
    private static final Comparator<JournalEvent> IN_TIME_ORDER = Comparator.comparing(JournalEvent::date)
            .thenComparing(JournalEvent::type)
            .thenComparingLong(JournalEvent::line);

    private final String customerId;
    private final List<JournalEvent> events = new ArrayList<>();
    private final List<JournalVisit> visits = new ArrayList<>();
    private final Map<String, LocalDate> resolvedOn = new HashMap<>();
    private final PromiseLedger ledger = new PromiseLedger();
    private String profile;

    private CustomerTimeline(String customerId) {
        this.customerId = customerId;
    }

    /**
     * Orders the events, skips (and reports) those that contradict the ones before them, such as a
     * ticket resolved that was never opened, and allocates the payments.
     */
    static CustomerTimeline build(String customerId, List<JournalEvent> unordered, LocalDate journalEnd,
                                  Consumer<JournalProblem> problems) {
        CustomerTimeline timeline = new CustomerTimeline(customerId);
        Map<String, JournalEvent.TicketOpened> opened = new HashMap<>();
        List<JournalEvent> ordered = new ArrayList<>(unordered);
        ordered.sort(IN_TIME_ORDER);
        for (JournalEvent event : ordered) {
            try {
                timeline.replay(event, opened);
                timeline.events.add(event);
            } catch (InvalidEventException e) {
                problems.accept(e.at(event.line()));
            }
        }
        for (JournalEvent event : timeline.events) {
            if (event instanceof JournalEvent.VisitLogged visit) {
                timeline.visits.add(new JournalVisit(timeline, visit, journalEnd));
            }
        }
        return timeline;
    }

    private void replay(JournalEvent event, Map<String, JournalEvent.TicketOpened> opened) {
        if (event instanceof JournalEvent.CustomerOpened customer && customer.profile() != null) {
            profile = customer.profile();
        } else if (event instanceof JournalEvent.TicketOpened ticket) {
            JournalEvent.TicketOpened earlier = opened.putIfAbsent(ticket.ticketId(), ticket);
            if (earlier != null) {
                throw new InvalidEventException("ticketId", "ticket " + ticket.ticketId() + " was already opened on " + earlier.date());
            }
        } else if (event instanceof JournalEvent.TicketResolved resolved) {
            if (!opened.containsKey(resolved.ticketId())) {
                throw new InvalidEventException("ticketId", "ticket " + resolved.ticketId() + " of customer " + customerId
                        + " was not opened on or before " + resolved.date());
            }
            LocalDate earlier = resolvedOn.putIfAbsent(resolved.ticketId(), resolved.date());
            if (earlier != null) {
                throw new InvalidEventException("ticketId", "ticket " + resolved.ticketId() + " was already resolved on " + earlier);
            }
        } else if (event instanceof JournalEvent.PromiseMade promise) {
            ledger.promise(promise.line(), promise.date(), promise.due(), promise.amount());
        } else if (event instanceof JournalEvent.VisitLogged visit && isPromise(visit)) {
            ledger.promise(visit.line(), visit.date(), visit.commitment().due(), visit.commitment().amount());
        } else if (event instanceof JournalEvent.PaymentReceived payment) {
            ledger.pay(payment.date(), payment.amount());
        }
    }

    /** A commitment becomes a promise that later visits see, when it has an amount and a due date. */
    static boolean isPromise(JournalEvent.VisitLogged visit) {
        return visit.commitment() != null && visit.commitment().amount().signum() > 0 && visit.commitment().due() != null;
    }

    public String customerId() {
        return customerId;
    }

    /** The customer's hidden behaviour profile, when the journal names one. */
    public String profile() {
        return profile;
    }

    /** The visits, in time order. */
    public List<JournalVisit> visits() {
        return List.copyOf(visits);
    }

    /** The events that passed every check, in time order. */
    List<JournalEvent> events() {
        return List.copyOf(events);
    }

    long eventCount() {
        return events.size();
    }

    PromiseLedger ledger() {
        return ledger;
    }

    /** The credit rating as it stood before {@code day}, or null when no event had set one yet. */
    CreditRating ratingBefore(LocalDate day) {
        CreditRating rating = null;
        for (JournalEvent event : events) {
            if (!event.date().isBefore(day)) {
                break;
            }
            if (event instanceof JournalEvent.CustomerOpened customer) {
                rating = customer.creditRating();
            } else if (event instanceof JournalEvent.RatingChanged changed) {
                rating = changed.creditRating();
            }
        }
        return rating;
    }

    /** The customer's name as known before {@code day}, or null. */
    String nameBefore(LocalDate day) {
        String name = null;
        for (JournalEvent event : events) {
            if (!event.date().isBefore(day)) {
                break;
            }
            if (event instanceof JournalEvent.CustomerOpened customer && customer.name() != null) {
                name = customer.name();
            }
        }
        return name;
    }

    /** Promises, payments and tickets as they stood before {@code day}. */
    HistoryAsOf historyBefore(LocalDate day) {
        HistoryAsOf history = new HistoryAsOf(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (JournalEvent event : events) {
            if (!event.date().isBefore(day)) {
                break;
            }
            if (event instanceof JournalEvent.PromiseMade promise) {
                history.promises().add(new Promise(promise.date(), promise.due(), promise.amount(),
                        ledger.paidBefore(promise.line(), day)));
            } else if (event instanceof JournalEvent.VisitLogged visit && isPromise(visit)) {
                history.promises().add(new Promise(visit.date(), visit.commitment().due(), visit.commitment().amount(),
                        ledger.paidBefore(visit.line(), day)));
            } else if (event instanceof JournalEvent.PaymentReceived payment) {
                history.payments().add(new Payment(payment.date(), payment.amount()));
            } else if (event instanceof JournalEvent.TicketOpened ticket) {
                history.tickets().add(ticketAsOf(ticket, day));
            }
        }
        return history;
    }

    private Ticket ticketAsOf(JournalEvent.TicketOpened ticket, LocalDate day) {
        LocalDate resolved = resolvedOn.get(ticket.ticketId());
        boolean resolvedBefore = resolved != null && resolved.isBefore(day);
        return new Ticket(ticket.date(), ticket.kind(), resolvedBefore ? TicketStatus.RESOLVED : TicketStatus.OPEN,
                resolvedBefore ? resolved : null);
    }

    record HistoryAsOf(List<Promise> promises, List<Payment> payments, List<Ticket> tickets) {}
}
