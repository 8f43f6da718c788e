package org.excuseengine.model;

/** The kinds of service ticket a customer can log; each matches one complaint category. */
public enum TicketKind {
    QUALITY, AFTER_SALES, PROMOTION_SUPPORT;

    /** The complaint category a ticket of this kind backs. */
    public Category category() {
        return Category.valueOf(name());
    }
}
