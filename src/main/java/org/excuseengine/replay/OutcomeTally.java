package org.excuseengine.replay;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.excuseengine.replay.journal.Journal;

/** Counts visits and what became of their commitments; {@link #summary()} turns the counts into shares. */
final class OutcomeTally implements Serializable {
    private static final long serialVersionUID = 2L;

    private long visits;
    private long kept;
    private long partial;
    private long broken;
    private BigDecimal committed = BigDecimal.ZERO;
    private BigDecimal collected = BigDecimal.ZERO;
    private final Map<Settlement.LateStatus, Long> late = new EnumMap<>(Settlement.LateStatus.class);
    private BigDecimal lateCommitted = BigDecimal.ZERO;
    private BigDecimal lateCollected = BigDecimal.ZERO;

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
        Settlement.LateStatus lateStatus = settlement.lateStatus();
        if (lateStatus != null) {
            late.merge(lateStatus, 1L, Long::sum);
            lateCommitted = lateCommitted.add(settlement.committed());
            lateCollected = lateCollected.add(settlement.paidWithLate());
        }
    }

    /** Adds the counts of {@code other}, kept apart until now (another part of the same run). */
    void merge(OutcomeTally other) {
        visits += other.visits;
        kept += other.kept;
        partial += other.partial;
        broken += other.broken;
        committed = committed.add(other.committed);
        collected = collected.add(other.collected);
        other.late.forEach((status, count) -> late.merge(status, count, Long::sum));
        lateCommitted = lateCommitted.add(other.lateCommitted);
        lateCollected = lateCollected.add(other.lateCollected);
    }

    long visits() {
        return visits;
    }

    Outcomes summary() {
        long judged = kept + partial + broken;
        return new Outcomes(visits, judged, kept, partial, broken,
                Outcomes.share(kept, judged), Outcomes.share(partial, judged), Outcomes.share(broken, judged),
                committed, collected, collectedShare(committed, collected), lateSummary());
    }

    private LateOutcomes lateSummary() {
        long judged = late.values().stream().mapToLong(Long::longValue).sum();
        if (judged == 0) {
            return null;
        }
        long lateKept = count(Settlement.LateStatus.KEPT);
        long keptLate = count(Settlement.LateStatus.KEPT_LATE);
        long latePartial = count(Settlement.LateStatus.PARTIAL);
        long lateBroken = count(Settlement.LateStatus.BROKEN);
        return new LateOutcomes(Journal.LATE_DAYS, judged, lateKept, keptLate, latePartial, lateBroken,
                Outcomes.share(lateKept, judged), Outcomes.share(keptLate, judged),
                Outcomes.share(latePartial, judged), Outcomes.share(lateBroken, judged),
                lateCommitted, lateCollected, collectedShare(lateCommitted, lateCollected));
    }

    private long count(Settlement.LateStatus status) {
        return late.getOrDefault(status, 0L);
    }

    private static Double collectedShare(BigDecimal committed, BigDecimal collected) {
        return committed.signum() == 0 ? null : Outcomes.round(collected.doubleValue() / committed.doubleValue());
    }
}
