package org.excuseengine.replay.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A journal as read: each customer's events in time order, ready to replay, and the problems
 * that made some events be skipped. Customers come in the order of their ids, so that the same
 * events give the same replay whatever order the journal listed them in.
 */
public final class Journal {
    /**
     * How many days after a promise's due date a payment still makes it kept late rather than
     * broken, as the shipped history-terms sheet grades earlier promises.
     */
    public static final int LATE_DAYS = 30;

    private final List<CustomerTimeline> customers;
    private final List<JournalProblem> problems;
    private final LocalDate end;
    private final long events;

    private Journal(List<CustomerTimeline> customers, List<JournalProblem> problems, LocalDate end, long events) {
        this.customers = List.copyOf(customers);
        this.problems = List.copyOf(problems);
        this.end = end;
        this.events = events;
    }

    static Journal of(List<JournalEvent> events, List<JournalProblem> readProblems) {
        LocalDate end = events.stream().map(JournalEvent::date).max(Comparator.naturalOrder()).orElse(null);
        Map<String, List<JournalEvent>> byCustomer = new TreeMap<>();
        events.forEach(event -> byCustomer.computeIfAbsent(event.customer(), c -> new ArrayList<>()).add(event));
        List<JournalProblem> problems = new ArrayList<>(readProblems);
        List<CustomerTimeline> customers = new ArrayList<>();
        byCustomer.forEach((customer, own) -> customers.add(CustomerTimeline.build(customer, own, end, problems::add)));
        problems.sort(Comparator.comparingLong(JournalProblem::line));
        long kept = customers.stream().mapToLong(CustomerTimeline::eventCount).sum();
        return new Journal(customers, problems, end, kept);
    }

    public List<CustomerTimeline> customers() {
        return customers;
    }

    /** Every event skipped, in line order. */
    public List<JournalProblem> problems() {
        return problems;
    }

    /**
     * The date of the last event: the journal knows nothing after it, so a commitment due later
     * has no outcome yet. Null for an empty journal.
     */
    public LocalDate end() {
        return end;
    }

    /** The events that passed every check. */
    public long events() {
        return events;
    }

    public long visits() {
        return customers.stream().mapToLong(customer -> customer.visits().size()).sum();
    }
}
