package org.excuseengine.replay;

import java.io.Serializable;
import java.math.BigDecimal;

/** Counts visits and what became of their commitments; {@link #summary()} turns the counts into shares. */
final class OutcomeTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private long visits;
    private long kept;
    private long partial;
    private long broken;
    private BigDecimal committed = BigDecimal.ZERO;
    private BigDecimal collected = BigDecimal.ZERO;

    /** Counts one visit; its settlement is null when its outcome is unknown or it made no commitment. */
    void add(Settlement settlement) {
        visits++;
        if (settlement == null) {
            return;
        }
        switch (settlement.status()) {
            case KEPT -> kept++;
            case PARTIAL -> partial++;
            case BROKEN -> broken++;
        }
        committed = committed.add(settlement.committed());
        collected = collected.add(settlement.paid());
    }

    /** Adds the counts of {@code other}, kept apart until now (another part of the same run). */
    void merge(OutcomeTally other) {
        visits += other.visits;
        kept += other.kept;
        partial += other.partial;
        broken += other.broken;
        committed = committed.add(other.committed);
        collected = collected.add(other.collected);
    }

    long visits() {
        return visits;
    }

    Outcomes summary() {
        long judged = kept + partial + broken;
        return new Outcomes(visits, judged, kept, partial, broken,
                Outcomes.share(kept, judged), Outcomes.share(partial, judged), Outcomes.share(broken, judged),
                committed, collected,
                committed.signum() == 0 ? null : Outcomes.round(collected.doubleValue() / committed.doubleValue()));
    }
}
