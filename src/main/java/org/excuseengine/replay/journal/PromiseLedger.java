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
 */
final class PromiseLedger {
    private static final Comparator<Entry> DUE_SOONEST_FIRST = Comparator.comparing((Entry e) -> e.due)
            .thenComparing(e -> e.made)
            .thenComparingLong(e -> e.key);

    private final List<Entry> open = new ArrayList<>();
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
        open.removeIf(entry -> entry.due.isBefore(date) || entry.outstanding().signum() == 0);
        BigDecimal left = amount;
        for (Entry entry : open) {
            if (left.signum() == 0) {
                return;
            }
            if (!entry.made.isAfter(date)) {
                BigDecimal taken = left.min(entry.outstanding());
                entry.allocations.add(new Allocation(date, taken));
                left = left.subtract(taken);
            }
        }
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

    /** The day of the last payment towards the promise, or null when nothing was paid. */
    LocalDate lastPaidOn(long key) {
        List<Allocation> allocations = byKey.get(key).allocations;
        return allocations.isEmpty() ? null : allocations.get(allocations.size() - 1).date;
    }

    private record Allocation(LocalDate date, BigDecimal amount) {}

    private static final class Entry {
        final long key;
        final LocalDate made;
        final LocalDate due;
        final BigDecimal amount;
        final List<Allocation> allocations = new ArrayList<>(2);

        Entry(long key, LocalDate made, LocalDate due, BigDecimal amount) {
            this.key = key;
            this.made = made;
            this.due = due;
            this.amount = amount;
        }

        BigDecimal allocated() {
            return allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal outstanding() {
            return amount.subtract(allocated());
        }
    }
}
