package org.excuseengine.replay;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool of threads and hands their results to one consumer, on the caller's
 * thread, in the order the tasks were submitted. At most {@code window} tasks are in flight: when
 * the window is full, {@link #submit} first waits for the oldest and hands its result on. So the
 * work uses every thread while memory stays bounded whatever the size of the input, and the
 * consumer needs no locking.
 */
final class InOrderPipeline<T> implements AutoCloseable {
    /** Tasks in flight per thread: enough to keep every thread busy while the oldest one finishes. */
    static final int TASKS_PER_THREAD = 64;

    private final ExecutorService executor;
    private final Deque<Future<T>> inFlight = new ArrayDeque<>();
    private final int window;
    private final Consumer<T> consumer;

    InOrderPipeline(int threads, Consumer<T> consumer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected 1 or more, got " + threads);
        }
        this.executor = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = threads * TASKS_PER_THREAD;
        this.consumer = consumer;
    }

    void submit(Callable<T> task) {
        if (inFlight.size() >= window) {
            handOnOldest();
        }
        inFlight.addLast(executor.submit(task));
    }

    /** Waits for every task submitted so far and hands their results on. */
    void finish() {
        while (!inFlight.isEmpty()) {
            handOnOldest();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void handOnOldest() {
        Future<T> oldest = inFlight.removeFirst();
        try {
            consumer.accept(oldest.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a replay task", e);
        } catch (ExecutionException e) {
            // Tasks turn every expected failure into a result; what arrives here is a bug.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "replay-" + count.incrementAndGet());
            // A stuck run must not keep the JVM alive after the command has returned.
            thread.setDaemon(true);
            return thread;
        };
    }
}
