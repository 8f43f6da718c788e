package org.excuseengine.model.fact;

/**
 * The amounts of the one amount model (rules/amounts), in the order they build on one another.
 * Every amount asked for (the opening ask, the first tranche, each instalment) is at most
 * {@link #CLAIMABLE}, which is at most {@link #OWED}.
 */
public enum MoneyKind {
    /** What the customer owes: its balance when given, else the overdue amount. The cap of every ask. */
    OWED,
    /** The part the customer's excuses dispute (the affected goods), at most what is owed. */
    DISPUTED,
    /** The disputed part under a credible complaint: parked, not asked for, until the complaint is settled. */
    SET_ASIDE,
    /** What is owed less what is disputed. */
    UNDISPUTED,
    /** What may be asked for at this visit: what is owed less what is set aside. */
    CLAIMABLE,
    /** What this visit is after: the target, or else the overdue amount, within what may be asked for. */
    AIM,
    /** What the salesperson expects to settle on. */
    EXPECTED,
    /** The amount to open the talk with: about twice the expected settlement, within what may be asked for. */
    OPENING_ASK,
    /** The largest single payment of the last year: what the customer has shown it can pay at once. */
    CAPACITY,
    /** The first payment to ask for, by the first due date: the first instalment, or the whole expected settlement. */
    FIRST_TRANCHE
}
