package org.excuseengine.model;

import java.util.List;

/** Everything that happened with the customer before the visit. Absent lists are empty. */
public record History(List<Promise> promises, List<Payment> payments, List<Ticket> tickets, List<PastExcuse> excuses) {
    public static final History EMPTY = new History(List.of(), List.of(), List.of(), List.of());

    public History {
        promises = NullTolerantLists.copyOf(promises);
        payments = NullTolerantLists.copyOf(payments);
        tickets = NullTolerantLists.copyOf(tickets);
        excuses = NullTolerantLists.copyOf(excuses);
    }

    public int size() {
        return promises.size() + payments.size() + tickets.size() + excuses.size();
    }
}
