package org.excuseengine.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each assessment on a thread of its own while the caller waits, for no longer than the time
 * limit plus a short grace. The rules' own alarm halts a session between firings at the time
 * limit; rule code that never returns (a loop inside an action or a condition, a call that blocks)
 * cannot be halted, so the caller stops waiting, the thread is left to itself and reported, and
 * the caller is told which rule was running.
 *
 * <p>Java offers no safe way to stop a thread: a stuck thread keeps its core until the process
 * ends. That is why the rules version that did it is taken out of service at once.
 */
final class RunawayGuard implements AutoCloseable {
    /** How long past the time limit a session halted by the alarm may take to return. */
    static final Duration GRACE = Duration.ofMillis(500);

    /** What the guarded work left behind when it did not return. */
    static final class Stuck extends Exception {
        private final transient Thread thread;
        private final transient AssessmentProgress progress;

        Stuck(Thread thread, AssessmentProgress progress) {
            super(null, null, false, false);
            this.thread = thread;
            this.progress = progress;
        }

        Thread thread() {
            return thread;
        }

        AssessmentProgress progress() {
            return progress;
        }
    }

    private final ExecutorService workers;

    RunawayGuard() {
        AtomicInteger count = new AtomicInteger();
        workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "excuse-engine-assess-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs {@code work}, which reports its thread and progress in {@code progress}.
     *
     * @throws Stuck when it has not returned within {@code limit} plus {@link #GRACE}
     */
    <T> T run(Callable<T> work, AssessmentProgress progress, Duration limit) throws Stuck {
        Future<T> result = workers.submit(() -> {
            progress.startedOn(Thread.currentThread());
            return work.call();
        });
        try {
            return result.get(limit.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            Thread thread = progress.thread();
            result.cancel(true); // an interrupt ends a rule that sleeps or waits; a busy loop ignores it
            throw new Stuck(thread, progress);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
