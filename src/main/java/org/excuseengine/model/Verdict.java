package org.excuseengine.model;

/**
 * How far an excuse can be believed, from most to least credible. {@link #NONE} is only ever the
 * verdict of a visit at which no excuse was logged.
 */
public enum Verdict {
    CREDIBLE, DOUBTFUL, NOT_CREDIBLE, NONE;

    /** The less credible of two excuse verdicts. */
    public Verdict leastCredible(Verdict other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
