package org.excuseengine.model.fact;

import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;

/** Derived: a payment made within the grace days after a promise fell due, counted towards that promise. */
public record GracePayment(Promise promise, Payment payment) {}
