package org.excuseengine.replay;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.Objects;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.Rebuttal;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Reason;

/**
 * Compares the champion's and the challenger's assessment of each visit: counts the changed
 * verdicts and escalations and keeps a sample of changed visits. The sample is drawn evenly from
 * the whole run (reservoir sampling with a fixed seed), so it is representative and yet the same
 * on every run of the same input. Not thread-safe. A run split into parts counts each part with
 * a sample size of 0, {@link #merge merges} the counts, and draws the sample afterwards with
 * {@link #sampledPositions}, which makes the same draw.
 */
public final class ChallengerComparison implements Serializable {
    private static final long serialVersionUID = 1L;

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

    /** Compares one visit; true when its verdict or escalation level changed. */
    public boolean add(ReplayedVisit visit) {
        Judgement champion = visit.champion();
        Judgement challenger = visit.challenger();
        if (challenger == null || (!champion.assessed() && !challenger.assessed())) {
            return false;
        }
        if (champion.assessed() != challenger.assessed()) {
            onlyOneAssessed++;
            return false;
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
            return true;
        }
        return false;
    }

    /** Adds the counts of {@code other}, another part of the same run (its sample is not kept). */
    public void merge(ChallengerComparison other) {
        compared += other.compared;
        onlyOneAssessed += other.onlyOneAssessed;
        changed += other.changed;
        verdictChanged += other.verdictChanged;
        escalationRaised += other.escalationRaised;
        escalationLowered += other.escalationLowered;
        other.verdictChanges.forEach((change, count) -> verdictChanges.merge(change, count, Long::sum));
        other.escalationChanges.forEach((change, count) -> escalationChanges.merge(change, count, Long::sum));
    }

    /**
     * Which of {@code changed} changed visits, numbered from 1 in the order a run meets them, a
     * sample of {@code size} ends up holding: the same draw as {@link #add} makes visit by visit.
     */
    public static Set<Long> sampledPositions(long changed, int size) {
        Random random = new Random(SAMPLE_SEED);
        long[] slots = new long[size];
        for (long position = 1; position <= changed; position++) {
            if (position <= size) {
                slots[(int) position - 1] = position;
            } else {
                long slot = (long) (random.nextDouble() * position);
                if (slot < size) {
                    slots[(int) slot] = position;
                }
            }
        }
        Set<Long> positions = new TreeSet<>();
        for (int i = 0; i < Math.min(changed, size); i++) {
            positions.add(slots[i]);
        }
        return positions;
    }

    /** A visit the two rule sets judged differently, as the sample shows it; both must have assessed it. */
    public static ComparisonReport.ChangedVisit changedVisit(ReplayedVisit visit) {
        return changedVisit(visit, visit.champion().assessment(), visit.challenger().assessment());
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
        Customer customer = visit.visit() == null ? null : visit.visit().customer();
        List<String> excuses = visit.visit() == null ? List.of() : visit.visit().excuses().stream()
                .map(ExcuseInput::text).filter(Objects::nonNull).toList();
        return new ComparisonReport.ChangedVisit(visit.line(), visit.visitId(),
                settlement == null ? null : settlement.status(), side(before), side(after),
                customer == null ? null : customer.id(), customer == null ? null : customer.name(), excuses,
                settlement == null ? null : settlement.lateStatus());
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
        Rebuttal rebuttal = assessment.excuses().stream().map(ExcuseAssessment::rebuttal).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new ComparisonReport.Side(assessment.verdict(), assessment.score(), assessment.escalation().level(),
                assessment.escalation().followUpInDays(), reasons,
                rebuttal == null ? null : rebuttal.text(), rebuttal == null ? null : rebuttal.lang());
    }
}
