package org.excuseengine.model.fact;

import org.excuseengine.model.Ticket;

/** Derived: a ticket on record, logged before the visit, that backs the complaint of an excuse. */
public record MatchingTicket(int excuseIndex, Ticket ticket) {}
