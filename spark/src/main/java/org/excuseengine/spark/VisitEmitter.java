package org.excuseengine.spark;

import java.io.Serializable;
import org.excuseengine.replay.Replayed;

/** What a replay hands on for each visit it replayed, at its place in the run; null for nothing. */
@FunctionalInterface
interface VisitEmitter<T> extends Serializable {
    T emit(RunPlace place, Replayed replayed);

    /** The output row of every visit. */
    static VisitEmitter<VisitRow> rows() {
        return (place, replayed) -> new VisitRow(place.customer(), place.index(), replayed.visit().line(),
                replayed.visit().visitId(), replayed.output());
    }
}
