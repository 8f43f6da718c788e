package org.excuseengine.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.excuseengine.replay.JournalReplay;
import org.excuseengine.replay.Replayed;
import org.excuseengine.replay.journal.CustomerJournals;
import org.excuseengine.replay.journal.CustomerTimeline;
import org.excuseengine.replay.journal.JournalEvent;
import scala.Tuple2;

/**
 * Replays a partition of a journal, customer by customer: each customer's timeline is built from
 * its events and replayed in time order by the library, exactly as a single-machine backtest does,
 * on this JVM's engines. Only one customer's events are held at a time.
 */
final class CustomerReplayer<T> implements FlatMapFunction<Iterator<Tuple2<CustomerKey, JournalRecord>>, T> {
    private static final long serialVersionUID = 1L;

    private final Rules rules;
    private final long journalEnd;
    private final RunAccumulator tally;
    private final Set<String> onlyCustomers;
    private final VisitEmitter<T> emitter;

    /**
     * @param tally         counts every visit and skipped event; null when only re-running some customers
     * @param onlyCustomers replays these customers alone; null for all
     */
    CustomerReplayer(Rules rules, LocalDate journalEnd, RunAccumulator tally, Set<String> onlyCustomers,
                     VisitEmitter<T> emitter) {
        this.emitter = emitter;
        this.rules = rules;
        this.journalEnd = journalEnd.toEpochDay();
        this.tally = tally;
        this.onlyCustomers = onlyCustomers;
    }

    @Override
    public Iterator<T> call(Iterator<Tuple2<CustomerKey, JournalRecord>> records) {
        JournalReplay replay = new JournalReplay(Engines.of(rules), Engines.json(), 1);
        LocalDate end = LocalDate.ofEpochDay(journalEnd);
        Grouped groups = new Grouped(records);
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();
            private long emitted;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && groups.hasNext()) {
                    current = replayCustomer(replay, groups.next(), end).iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                hasNext();
                T next = current.next();
                FaultInjection.check(++emitted);
                return next;
            }
        };
    }

    private List<T> replayCustomer(JournalReplay replay, List<JournalRecord> records, LocalDate end) {
        String customer = records.get(0).customer();
        if (onlyCustomers != null && !onlyCustomers.contains(customer)) {
            return List.of();
        }
        List<JournalEvent> events = new ArrayList<>(records.size());
        records.forEach(record -> events.add(record.event()));
        CustomerTimeline timeline = CustomerJournals.timeline(customer, events, end, problem -> {
            if (tally != null) {
                tally.skipped(problem.line(), "skipped " + problem);
            }
        });
        List<Replayed> replayed = replay.replayCustomer(timeline, false);
        List<T> emitted = new ArrayList<>(replayed.size());
        for (int index = 0; index < replayed.size(); index++) {
            Replayed visit = replayed.get(index);
            RunPlace place = new RunPlace(customer, index);
            if (tally != null) {
                tally.add(new RunAccumulator.Visit(visit.visit(), place));
            }
            T out = emitter.emit(place, visit);
            if (out != null) {
                emitted.add(out);
            }
        }
        return emitted;
    }

    /** The records of a partition sorted by customer, handed out one customer at a time. */
    private static final class Grouped implements Iterator<List<JournalRecord>> {
        private final Iterator<Tuple2<CustomerKey, JournalRecord>> records;
        private JournalRecord pending;

        Grouped(Iterator<Tuple2<CustomerKey, JournalRecord>> records) {
            this.records = records;
            this.pending = records.hasNext() ? records.next()._2() : null;
        }

        @Override
        public boolean hasNext() {
            return pending != null;
        }

        @Override
        public List<JournalRecord> next() {
            List<JournalRecord> customer = new ArrayList<>();
            customer.add(pending);
            pending = null;
            while (records.hasNext()) {
                JournalRecord record = records.next()._2();
                if (!record.customer().equals(customer.get(0).customer())) {
                    pending = record;
                    break;
                }
                customer.add(record);
            }
            return customer;
        }
    }
}
