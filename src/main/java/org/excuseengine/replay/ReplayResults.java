package org.excuseengine.replay;

import java.util.function.Consumer;

/**
 * Collects what a replay found, visit by visit: the counts of {@link ReplaySummary}, each rule
 * set's metrics, the champion/challenger comparison, and how many visits missed their
 * expectation. Fed on the replay's one writing thread; not thread-safe.
 */
public final class ReplayResults implements Consumer<ReplayedVisit> {
    private final RuleSets rules;
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
            comparison.add(visit);
        }
        if (!visit.mismatches().isEmpty()) {
            unmetExpectations++;
        }
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
