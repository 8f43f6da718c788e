package org.excuseengine.model;

/** What kind of excuse the customer gave, as fixed by the interchange contract. */
public enum Category {
    QUALITY,
    AFTER_SALES,
    PROMOTION_SUPPORT,
    COMPETITOR_TOOK_FUNDS,
    DOWNSTREAM_DEBT,
    TIGHT_CASH,
    PAYING_SOON,
    OTHER;

    /** The three complaints a customer uses as leverage; each can be backed by a ticket of the same kind. */
    public boolean isComplaint() {
        return this == QUALITY || this == AFTER_SALES || this == PROMOTION_SUPPORT;
    }
}
