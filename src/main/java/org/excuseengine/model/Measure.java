package org.excuseengine.model;

/** The levers that close a gap between the collection target and what the customer committed. */
public enum Measure {
    /** Walk the customer through its own payment potential, to build its confidence. */
    PAYMENT_POTENTIAL_REVIEW,
    /** A real incentive for paying on time or in full. */
    INCENTIVE,
    /** Promotion at the grassroots, to lift sell-through and pull downstream orders. */
    PROMOTION,
    /** New outlets for the customer's goods. */
    NEW_OUTLETS,
    /** Training the customer's staff to sell better. */
    STAFF_TRAINING
}
