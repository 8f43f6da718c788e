package org.excuseengine.spark;

import java.util.Iterator;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.excuseengine.replay.Replayed;
import org.excuseengine.replay.SnapshotReplay;

/**
 * Replays a partition of a snapshot file line by line with the library, as a single-machine
 * {@code replay} does each line, on this JVM's engines. Lines are independent: no shuffle is needed,
 * and the output keeps the input's order.
 */
final class LineReplayer<T> implements FlatMapFunction<Iterator<NumberedLine>, T> {
    private static final long serialVersionUID = 1L;

    private final Rules rules;
    private final RunAccumulator tally;
    private final Set<Long> onlyLines;
    private final VisitEmitter<T> emitter;

    /**
     * @param tally     counts every visit; null when only re-running some lines
     * @param onlyLines replays these lines alone; null for all
     */
    LineReplayer(Rules rules, RunAccumulator tally, Set<Long> onlyLines, VisitEmitter<T> emitter) {
        this.rules = rules;
        this.tally = tally;
        this.onlyLines = onlyLines;
        this.emitter = emitter;
    }

    @Override
    public Iterator<T> call(Iterator<NumberedLine> lines) {
        SnapshotReplay replay = new SnapshotReplay(Engines.of(rules), Engines.json(), 1);
        return new Iterator<>() {
            private T pending;

            @Override
            public boolean hasNext() {
                while (pending == null && lines.hasNext()) {
                    NumberedLine line = lines.next();
                    if (onlyLines != null && !onlyLines.contains(line.number())) {
                        continue;
                    }
                    Replayed replayed = replay.replayLine(line.decode());
                    RunPlace place = new RunPlace("", line.number());
                    if (tally != null) {
                        tally.add(new RunAccumulator.Visit(replayed.visit(), place));
                    }
                    pending = emitter.emit(place, replayed);
                }
                return pending != null;
            }

            @Override
            public T next() {
                hasNext();
                T next = pending;
                pending = null;
                return next;
            }
        };
    }
}
