package org.excuseengine.model.fact;

/** The dates the engine proposes; each falls on a business day of the visit's calendar. */
public enum DateKind {
    /** The next follow-up: the escalation's interval from today, on a business day. */
    FOLLOW_UP,
    /** When the first tranche is due: the follow-up date, never after the customer's own commitment date. */
    FIRST_DUE
}
