package org.excuseengine.spark;

import org.apache.spark.TaskContext;

/**
 * Makes the first attempt of a task fail midway, after it has handed some rows to the writer, as a
 * lost executor or a full disk would: the way to check that Spark's retry leaves no duplicate rows
 * and no double count behind. Off unless a test turns it on; it takes effect only where the test and
 * the tasks share a JVM, on a local master.
 */
final class FaultInjection {
    private static volatile int failAfterRows = -1;

    private FaultInjection() {}

    /** Makes the first attempt of partition 0 fail once it has emitted {@code rows} rows; -1 turns it off. */
    static void failFirstAttemptAfter(int rows) {
        failAfterRows = rows;
    }

    static void check(long rowsEmitted) {
        int after = failAfterRows;
        if (after < 0 || rowsEmitted != after) {
            return;
        }
        TaskContext task = TaskContext.get();
        if (task != null && task.partitionId() == 0 && task.attemptNumber() == 0) {
            throw new IllegalStateException("task failed on purpose after " + rowsEmitted + " rows, to be retried");
        }
    }
}
