package org.excuseengine.replay.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates one customer's payments to its promises, as collections systems do when a payment
 * names no promise: to the open promise due soonest first. A payment counts towards a promise
 * from the day the promise is made up to its due date, never before or after. Payments must come
 * in time order, after the promises made up to their day: each allocation then depends only on
 * what had happened by the payment's day, so what a promise had been paid by a given date is
 * known without looking past that date.
 *
 * <p>What is left of a payment once the open promises have taken their share goes to promises
 * that are past due but within {@link Journal#LATE_DAYS} of it, oldest due first, and is booked apart as
 * paid late: it never changes what an open promise was paid, so a promise's outcome by its due
 * date is the same with or without the late days.
 */
final class PromiseLedger {
    private static final Comparator<Entry> DUE_SOONEST_FIRST = Comparator.comparing((Entry e) -> e.due)
            .thenComparing(e -> e.made)
            .thenComparingLong(e -> e.key);

    private final List<Entry> open = new ArrayList<>();
    private final List<Entry> pastDue = new ArrayList<>();
    private final Map<Long, Entry> byKey = new HashMap<>();

    /** Books a promise; {@code key} names it later (the journal line it came from). */
    void promise(long key, LocalDate made, LocalDate due, BigDecimal amount) {
        Entry entry = new Entry(key, made, due, amount);
        byKey.put(key, entry);
        open.add(entry);
        open.sort(DUE_SOONEST_FIRST);
    }

    /** Allocates a payment; what no open promise can take is left unallocated (it pays down older debt). */
    void pay(LocalDate date, BigDecimal amount) {
        closeDuePromises(date);
        BigDecimal left = amount;
        for (Entry entry : open) {
            if (left.signum() == 0) {
                return;
            }
            if (!entry.made.isAfter(date)) {
                left = entry.take(date, left, entry.allocations);
            }
        }
        for (Entry entry : pastDue) {
            if (left.signum() == 0) {
                return;
            }
            left = entry.take(date, left, entry.lateAllocations);
        }
    }

    /** Moves the promises due before {@code date} out of the open ones, into the late days when unpaid. */
    private void closeDuePromises(LocalDate date) {
        open.removeIf(entry -> {
            boolean closed = entry.due.isBefore(date) || entry.outstanding().signum() == 0;
            if (closed && entry.outstanding().signum() > 0) {
                pastDue.add(entry);
            }
            return closed;
        });
        pastDue.removeIf(entry -> entry.due.plusDays(Journal.LATE_DAYS).isBefore(date) || entry.outstanding().signum() == 0);
        pastDue.sort(DUE_SOONEST_FIRST);
    }
    boolean has(long key) {
        return byKey.containsKey(key);
    }

    /** What was paid against the promise before {@code day}. */
    BigDecimal paidBefore(long key, LocalDate day) {
        return byKey.get(key).allocations.stream().filter(a -> a.date.isBefore(day))
                .map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What was paid against the promise by its due date. */
    BigDecimal paid(long key) {
        return byKey.get(key).allocated();
    }

    /** The day of the last payment towards the promise by its due date, or null when nothing was paid. */
    LocalDate lastPaidOn(long key) {
        List<Allocation> allocations = byKey.get(key).allocations;
        return allocations.isEmpty() ? null : allocations.get(allocations.size() - 1).date;
    }

    /** What was paid against the promise after its due date, within {@link Journal#LATE_DAYS} of it. */
    BigDecimal paidLate(long key) {
        return Entry.sum(byKey.get(key).lateAllocations);
    }

    private record Allocation(LocalDate date, BigDecimal amount) {}

    private static final class Entry {
        final long key;
        final LocalDate made;
        final LocalDate due;
        final BigDecimal amount;
        final List<Allocation> allocations = new ArrayList<>(2);
        final List<Allocation> lateAllocations = new ArrayList<>(1);

        Entry(long key, LocalDate made, LocalDate due, BigDecimal amount) {
            this.key = key;
            this.made = made;
            this.due = due;
            this.amount = amount;
        }

        BigDecimal allocated() {
            return sum(allocations);
        }

        BigDecimal outstanding() {
            return amount.subtract(allocated()).subtract(sum(lateAllocations));
        }

        /** Books what the promise can take of {@code payment} into {@code to}; returns what is left. */
        BigDecimal take(LocalDate date, BigDecimal payment, List<Allocation> to) {
            BigDecimal taken = payment.min(outstanding());
            to.add(new Allocation(date, taken));
            return payment.subtract(taken);
        }

        static BigDecimal sum(List<Allocation> allocations) {
            return allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
