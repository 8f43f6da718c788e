package org.excuseengine.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.model.Visit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Visits assessed per second by one shared engine, in batches of {@value #BATCH} through
 * {@code assessAll}, on one thread and on two (the machine's cores). The score is visits per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BatchThroughputBenchmark {
    static final int BATCH = 100;

    /** The engine and the visits, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"5"})
        public int historyEvents;

        ExcuseEngine engine;
        List<Visit> visits;

        @Setup(Level.Trial)
        public void setUp() {
            engine = ShippedRules.engine();
            visits = new VisitGenerator(7).visits(1_000, historyEvents);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            engine.close();
        }
    }

    /** Where each thread is in the visits: threads start apart so they do not assess in lock step. */
    @State(Scope.Thread)
    public static class Cursor {
        private int offset = -1;

        List<Visit> nextBatch(Shared shared) {
            if (offset < 0) {
                offset = (int) (Thread.currentThread().getId() * 337 % (shared.visits.size() - BATCH));
            }
            offset = offset + BATCH > shared.visits.size() ? 0 : offset;
            List<Visit> batch = shared.visits.subList(offset, offset + BATCH);
            offset += BATCH;
            return batch;
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public List<ExcuseEngine.Result> oneThread(Shared shared, Cursor cursor) {
        return shared.engine.assessAll(cursor.nextBatch(shared));
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(BATCH)
    public List<ExcuseEngine.Result> twoThreads(Shared shared, Cursor cursor) {
        return shared.engine.assessAll(cursor.nextBatch(shared));
    }
}
