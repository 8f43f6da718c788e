package org.excuseengine.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests being handled, and lets shutdown wait for them: once closing, no new request
 * enters, and {@link #closeAndAwait} returns when the last one in flight has left.
 */
final class InFlight {
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean closing;

    /**
     * Enters a request, unless the service is closing. The count goes up before the check, so a
     * request that sees "open" is always counted by a shutdown that starts after it.
     */
    boolean tryEnter() {
        count.incrementAndGet();
        if (closing) {
            exit();
            return false;
        }
        return true;
    }

    void exit() {
        if (count.decrementAndGet() == 0 && closing) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    int count() {
        return count.get();
    }

    /** Refuses new requests, then waits for those in flight; true if they all ended in time. */
    boolean closeAndAwait(Duration timeout) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            for (long left = timeout.toNanos(); count.get() > 0 && left > 0; left = deadline - System.nanoTime()) {
                wait(Math.max(1, left / 1_000_000));
            }
        }
        return count.get() == 0;
    }
}
