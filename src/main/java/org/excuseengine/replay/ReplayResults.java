package org.excuseengine.replay;

import java.io.Serializable;
import java.util.function.Consumer;

/**
 * Collects what a replay found, visit by visit: the counts of {@link ReplaySummary}, each rule
 * set's metrics, the champion/challenger comparison, and how many visits missed their
 * expectation. Fed on the replay's one writing thread; not thread-safe. A run split into parts
 * (the Spark job's partitions) collects each part apart and {@link #merge merges} them where the
 * rules are at hand: the rule sets are not part of what is sent between machines.
 */
public final class ReplayResults implements Consumer<ReplayedVisit>, Serializable {
    private static final long serialVersionUID = 1L;

    private final transient RuleSets rules;
    private final ReplaySummary summary = new ReplaySummary();
    private final BacktestMetrics champion = new BacktestMetrics();
    private final BacktestMetrics challenger;
    private final ChallengerComparison comparison;
    private long unmetExpectations;

    public ReplayResults(RuleSets rules, int sampleSize) {
        this.rules = rules;
        this.challenger = rules.hasChallenger() ? new BacktestMetrics() : null;
        this.comparison = rules.hasChallenger() ? new ChallengerComparison(sampleSize) : null;
    }

    @Override
    public void accept(ReplayedVisit visit) {
        record(visit);
    }

    /** Counts one visit; true when the challenger changed its verdict or escalation level. */
    public boolean record(ReplayedVisit visit) {
        boolean changed = false;
        if (visit.champion().assessed()) {
            summary.count(visit.champion().assessment());
            champion.add(visit, visit.champion().assessment());
        } else {
            summary.countRejected();
        }
        if (challenger != null) {
            if (visit.challenger().assessed()) {
                challenger.add(visit, visit.challenger().assessment());
            }
            changed = comparison.add(visit);
        }
        if (!visit.mismatches().isEmpty()) {
            unmetExpectations++;
        }
        return changed;
    }

    /** Adds what {@code other}, another part of the same run with the same rule sets, collected. */
    public void merge(ReplayResults other) {
        summary.merge(other.summary);
        champion.merge(other.champion);
        if (challenger != null && other.challenger != null) {
            challenger.merge(other.challenger);
            comparison.merge(other.comparison);
        }
        unmetExpectations += other.unmetExpectations;
    }

    public ReplaySummary summary() {
        return summary;
    }

    /** Visits whose assessment missed the expectation they carried. */
    public long unmetExpectations() {
        return unmetExpectations;
    }

    public ReplayMetrics metrics() {
        return new ReplayMetrics(champion.report(rules.champion().ruleNames()),
                challenger == null ? null : challenger.report(rules.challenger().ruleNames()),
                comparison == null ? null : comparison.report());
    }
}
