package org.excuseengine.model;

import java.time.LocalDate;

/** A service ticket the customer logged: the evidence that makes a complaint credible. */
public record Ticket(LocalDate opened, TicketKind kind, TicketStatus status, LocalDate closed) {}
