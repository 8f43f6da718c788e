package org.excuseengine.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.Partitioner;

/**
 * A journal record's place for the shuffle: its customer decides the partition, and within a
 * partition records come sorted by customer, then by line, so that a partition is read customer
 * by customer and holds the same rows in the same order however often Spark computes it.
 */
record CustomerKey(String customer, long line) implements Serializable, Comparable<CustomerKey> {
    private static final Comparator<CustomerKey> ORDER =
            Comparator.comparing(CustomerKey::customer).thenComparingLong(CustomerKey::line);

    @Override
    public int compareTo(CustomerKey other) {
        return ORDER.compare(this, other);
    }

    /** Sends every record of a customer to the same partition. */
    static final class ByCustomer extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByCustomer(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(((CustomerKey) key).customer().hashCode(), partitions);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByCustomer by && by.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
