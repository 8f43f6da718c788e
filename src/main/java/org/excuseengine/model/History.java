package org.excuseengine.model;

import java.util.List;

/** Everything that happened with the customer before the visit. Absent lists are empty. */
public record History(List<Promise> promises, List<Payment> payments, List<Ticket> tickets, List<PastExcuse> excuses) {
    public static final History EMPTY = new History(List.of(), List.of(), List.of(), List.of());

    public History {
        promises = promises == null ? List.of() : List.copyOf(promises);
        payments = payments == null ? List.of() : List.copyOf(payments);
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
        excuses = excuses == null ? List.of() : List.copyOf(excuses);
    }

    public int size() {
        return promises.size() + payments.size() + tickets.size() + excuses.size();
    }
}
