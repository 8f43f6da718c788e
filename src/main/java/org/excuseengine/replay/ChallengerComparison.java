package org.excuseengine.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Reason;

/**
 * Compares the champion's and the challenger's assessment of each visit: counts the changed
 * verdicts and escalations and keeps a sample of changed visits. The sample is drawn evenly from
 * the whole run (reservoir sampling with a fixed seed), so it is representative and yet the same
 * on every run of the same input. Not thread-safe.
 */
public final class ChallengerComparison {
    private static final long SAMPLE_SEED = 20_240_601L;

    private final int sampleSize;
    private final Random random = new Random(SAMPLE_SEED);
    private final List<ComparisonReport.ChangedVisit> sample = new ArrayList<>();
    private final Map<String, Long> verdictChanges = new TreeMap<>();
    private final Map<String, Long> escalationChanges = new TreeMap<>();
    private long compared;
    private long onlyOneAssessed;
    private long changed;
    private long verdictChanged;
    private long escalationRaised;
    private long escalationLowered;

    public ChallengerComparison(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    public void add(ReplayedVisit visit) {
        Judgement champion = visit.champion();
        Judgement challenger = visit.challenger();
        if (challenger == null || (!champion.assessed() && !challenger.assessed())) {
            return;
        }
        if (champion.assessed() != challenger.assessed()) {
            onlyOneAssessed++;
            return;
        }
        compared++;
        Assessment before = champion.assessment();
        Assessment after = challenger.assessment();
        boolean verdictDiffers = before.verdict() != after.verdict();
        int escalationOrder = after.escalation().level().compareTo(before.escalation().level());
        if (verdictDiffers) {
            verdictChanged++;
            verdictChanges.merge(before.verdict() + " -> " + after.verdict(), 1L, Long::sum);
        }
        if (escalationOrder != 0) {
            escalationChanges.merge(before.escalation().level() + " -> " + after.escalation().level(), 1L, Long::sum);
            if (escalationOrder > 0) {
                escalationRaised++;
            } else {
                escalationLowered++;
            }
        }
        if (verdictDiffers || escalationOrder != 0) {
            changed++;
            offerToSample(visit, before, after);
        }
    }

    public ComparisonReport report() {
        List<ComparisonReport.ChangedVisit> ordered = new ArrayList<>(sample);
        ordered.sort(Comparator.comparingLong(ComparisonReport.ChangedVisit::line));
        return new ComparisonReport(compared, onlyOneAssessed, changed, verdictChanged, verdictChanges,
                escalationRaised, escalationLowered, escalationChanges, ordered);
    }

    /** Reservoir sampling: the n-th changed visit replaces a random sampled one with probability size/n. */
    private void offerToSample(ReplayedVisit visit, Assessment before, Assessment after) {
        if (sample.size() < sampleSize) {
            sample.add(changedVisit(visit, before, after));
            return;
        }
        long slot = (long) (random.nextDouble() * changed);
        if (slot < sampleSize) {
            sample.set((int) slot, changedVisit(visit, before, after));
        }
    }

    private static ComparisonReport.ChangedVisit changedVisit(ReplayedVisit visit, Assessment before, Assessment after) {
        Settlement settlement = visit.settlement();
        return new ComparisonReport.ChangedVisit(visit.line(), visit.visitId(),
                settlement == null ? null : settlement.status(), side(before), side(after));
    }

    private static ComparisonReport.Side side(Assessment assessment) {
        List<String> reasons = new ArrayList<>();
        for (ExcuseAssessment excuse : assessment.excuses()) {
            for (Reason reason : excuse.reasons()) {
                reasons.add(excuse.category() + ": " + reason.rule() + " [" + reason.detail() + "]");
            }
        }
        // The escalation's first reason is the step that set its level.
        assessment.escalation().reasons().stream().findFirst().ifPresent(reason ->
                reasons.add("escalation " + assessment.escalation().level() + ": " + reason.rule() + " [" + reason.detail() + "]"));
        return new ComparisonReport.Side(assessment.verdict(), assessment.score(), assessment.escalation().level(),
                assessment.escalation().followUpInDays(), reasons);
    }
}
