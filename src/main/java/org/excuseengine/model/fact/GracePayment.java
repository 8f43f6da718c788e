package org.excuseengine.model.fact;

import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;

/**
 * Derived: a payment made after a promise fell due, counted towards that promise: within its grace
 * days (on time), or after them within its late days ({@code late}).
 *
 * @param entry which payment of the history it is (0 for the first): two payments written down
 *              alike, such as a transfer split in two on one day, are two facts, not one
 */
public record GracePayment(Promise promise, Payment payment, int entry, boolean late) {}
