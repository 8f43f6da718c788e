package org.excuseengine.model;

/** The customer's credit rating: {@code A} is the best, {@code D} the worst. */
public enum CreditRating {
    A, B, C, D;

    /** True when this rating is as bad as {@code other} or worse. */
    public boolean atLeastAsBadAs(CreditRating other) {
        return compareTo(other) >= 0;
    }
}
