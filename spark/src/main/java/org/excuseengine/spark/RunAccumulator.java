package org.excuseengine.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.apache.spark.util.AccumulatorV2;
import org.excuseengine.replay.ReplayedVisit;

/**
 * Gathers the {@link RunTally} of every task into the driver. Tasks add to it while they write
 * their partition of the output, in the job's last stage: Spark merges the updates of a successful
 * task once, and drops those of a failed or repeated attempt, so a retried task is not counted twice.
 */
final class RunAccumulator extends AccumulatorV2<RunAccumulator.Visit, RunTally> {
    private static final long serialVersionUID = 1L;

    /** One replayed visit and where it stands in the run. */
    record Visit(ReplayedVisit visit, RunPlace key) {}

    /** An empty tally, serialized: every copy starts from it, on the driver or an executor. */
    private final byte[] zero;
    private RunTally tally;
    private boolean empty = true;

    /** Starts from {@code empty}, a tally made for the job's rule sets with nothing counted yet. */
    RunAccumulator(RunTally empty) {
        this(serialize(empty));
    }

    private RunAccumulator(byte[] zero) {
        this.zero = zero;
        this.tally = fresh();
    }

    private RunTally fresh() {
        try (ObjectInputStream in = new JobClassesInputStream(new ByteArrayInputStream(zero))) {
            return (RunTally) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialize(RunTally tally) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tally);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public boolean isZero() {
        return empty;
    }

    @Override
    public AccumulatorV2<Visit, RunTally> copy() {
        RunAccumulator copy = new RunAccumulator(zero);
        copy.tally.merge(tally);
        copy.empty = empty;
        return copy;
    }

    @Override
    public void reset() {
        tally = fresh();
        empty = true;
    }

    @Override
    public void add(Visit visit) {
        tally.add(visit.visit(), visit.key());
        empty = false;
    }

    /** An event skipped when its customer's timeline was built. */
    void skipped(long line, String text) {
        tally.skipped(line, text);
        empty = false;
    }

    @Override
    public void merge(AccumulatorV2<Visit, RunTally> other) {
        RunAccumulator part = (RunAccumulator) other;
        tally.merge(part.tally);
        empty = empty && part.empty;
    }

    @Override
    public RunTally value() {
        return tally;
    }

    /** Finds classes where the task finds them: the job jar is not on the JVM's own class path. */
    private static final class JobClassesInputStream extends ObjectInputStream {
        JobClassesInputStream(ByteArrayInputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(java.io.ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
