package org.excuseengine.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a visit the challenger judged differently stands in the order a single-machine run meets
 * it: a backtest goes customer by customer in id order, each customer's visits in time order; a
 * replay goes by line (with an empty customer). The comparison's sample is drawn in that order.
 */
record RunPlace(String customer, long index) implements Serializable, Comparable<RunPlace> {
    private static final Comparator<RunPlace> RUN_ORDER =
            Comparator.comparing(RunPlace::customer).thenComparingLong(RunPlace::index);

    @Override
    public int compareTo(RunPlace other) {
        return RUN_ORDER.compare(this, other);
    }
}
