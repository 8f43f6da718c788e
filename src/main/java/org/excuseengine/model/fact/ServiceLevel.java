package org.excuseengine.model.fact;

import org.excuseengine.model.TicketKind;

/** How many days a ticket of ours of this kind may stay open (sheets/service-levels.drl.csv). */
public record ServiceLevel(TicketKind kind, int days, String rule) {}
