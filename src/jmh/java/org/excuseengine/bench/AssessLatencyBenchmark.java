package org.excuseengine.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code assess(visit)} on the shipped rules, warm, on one thread: average and percentiles
 * (SampleTime). {@code plainJava} makes the same core decisions by hand on the same visits, so the
 * rule engine's overhead is the ratio of the two, measured in one run.
 *
 * <p>{@code historyEvents}: records in each visit's history, in four even shares of promises,
 * payments, tickets and earlier excuses. 5 is a light history, 500 a heavy one; add 50 and 2000
 * ({@code -p historyEvents=5,50,500,2000}) to see how cost grows with history length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AssessLatencyBenchmark {
    /** Distinct visits cycled through, so that no single visit's shape is all the JIT sees. */
    private static final int POOL = 1024;

    @Param({"5", "500"})
    public int historyEvents;

    private ExcuseEngine engine;
    private PlainJavaDecisions plainJava;
    private List<Visit> visits;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = ShippedRules.engine();
        plainJava = new PlainJavaDecisions(ShippedRules.classifier());
        visits = new VisitGenerator(42).visits(POOL, historyEvents);
        FloorCheck.report(engine, plainJava, visits);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Assessment rules() {
        return engine.assess(nextVisit());
    }

    @Benchmark
    public PlainJavaDecisions.Decision plainJava() {
        return plainJava.decide(nextVisit());
    }

    private Visit nextVisit() {
        Visit visit = visits.get(next);
        next = (next + 1) & (POOL - 1);
        return visit;
    }
}
