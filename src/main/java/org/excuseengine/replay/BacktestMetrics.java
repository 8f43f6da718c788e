package org.excuseengine.replay;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Verdict;

/**
 * Accumulates one rule set's {@link MetricsReport}, visit by visit. Not thread-safe: a replay
 * feeds it from the one thread that writes the output. A run split into parts (the Spark job's
 * partitions) counts each part apart and {@link #merge merges} them: the counts add up the same.
 */
public final class BacktestMetrics implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The hidden intent of an excuse that is true and meant in good faith. */
    private static final String GENUINE = "GENUINE";
    private final OutcomeTally all = new OutcomeTally();
    private final Map<Verdict, OutcomeTally> byVerdict = new EnumMap<>(Verdict.class);
    private final Map<String, OutcomeTally> byRule = new TreeMap<>();
    private final Map<String, VerdictAccuracy.Counter> verdictRightByRule = new TreeMap<>();
    private final VerdictAccuracy.Counter verdictRight = new VerdictAccuracy.Counter();
    private final Map<String, ProfileTally> byProfile = new TreeMap<>();
    private final Map<String, Map<Verdict, Long>> byIntent = new TreeMap<>();
    private final Prediction.Counter forBroken = new Prediction.Counter();
    private final Prediction.Counter forNotKept = new Prediction.Counter();
    private final Separation.Counter credibilityForGenuine = new Separation.Counter();
    private final Separation.Counter riskForBroken = new Separation.Counter();
    private final Map<String, ScoreSpread.Counter> riskByOutcome = new TreeMap<>();
    private long withoutCommitment;
    private String rulesVersion;

    /** Counts {@code visit} as judged by {@code assessment}, one of its judgements. */
    public void add(ReplayedVisit visit, Assessment assessment) {
        Settlement settlement = visit.settlement();
        rulesVersion = assessment.rulesVersion();
        all.add(settlement);
        byVerdict.computeIfAbsent(assessment.verdict(), v -> new OutcomeTally()).add(settlement);
        for (String rule : assessment.rulesFired()) {
            byRule.computeIfAbsent(rule, r -> new OutcomeTally()).add(settlement);
            verdictRightByRule.computeIfAbsent(rule, r -> new VerdictAccuracy.Counter()).add(assessment.verdict(), settlement);
        }
        verdictRight.add(assessment.verdict(), settlement);
        if (settlement != null) {
            boolean notCredible = assessment.verdict() == Verdict.NOT_CREDIBLE;
            forBroken.add(notCredible, settlement.status() == Settlement.Status.BROKEN);
            forNotKept.add(notCredible, settlement.status() != Settlement.Status.KEPT);
            if (assessment.risk() != null) {
                riskForBroken.add(assessment.risk().score(), settlement.status() == Settlement.Status.BROKEN);
                riskByOutcome.computeIfAbsent(outcomeName(settlement), o -> new ScoreSpread.Counter()).add(assessment.risk().score());
            }
        } else if (!hasCommitment(visit)) {
            withoutCommitment++;
        }
        countLabels(visit.labels(), assessment, settlement);
    }

    /** Adds the counts of {@code other}, another part of the same run. */
    public void merge(BacktestMetrics other) {
        all.merge(other.all);
        other.byVerdict.forEach((verdict, tally) -> byVerdict.computeIfAbsent(verdict, v -> new OutcomeTally()).merge(tally));
        other.byRule.forEach((rule, tally) -> byRule.computeIfAbsent(rule, r -> new OutcomeTally()).merge(tally));
        other.verdictRightByRule.forEach((rule, counter) ->
                verdictRightByRule.computeIfAbsent(rule, r -> new VerdictAccuracy.Counter()).merge(counter));
        verdictRight.merge(other.verdictRight);
        other.byProfile.forEach((profile, tally) -> byProfile.computeIfAbsent(profile, p -> new ProfileTally()).merge(tally));
        other.byIntent.forEach((intent, verdicts) -> {
            Map<Verdict, Long> own = byIntent.computeIfAbsent(intent, k -> new EnumMap<>(Verdict.class));
            verdicts.forEach((verdict, count) -> own.merge(verdict, count, Long::sum));
        });
        forBroken.merge(other.forBroken);
        forNotKept.merge(other.forNotKept);
        credibilityForGenuine.merge(other.credibilityForGenuine);
        riskForBroken.merge(other.riskForBroken);
        other.riskByOutcome.forEach((outcome, counter) ->
                riskByOutcome.computeIfAbsent(outcome, o -> new ScoreSpread.Counter()).merge(counter));
        withoutCommitment += other.withoutCommitment;
        if (other.rulesVersion != null) {
            rulesVersion = other.rulesVersion;
        }
    }

    /** The report, given the names of every rule of the rule base (to tell which never fired). */
    public MetricsReport report(Collection<String> allRules) {
        Outcomes commitments = all.summary();
        Map<Verdict, Outcomes> verdicts = new LinkedHashMap<>();
        byVerdict.forEach((verdict, tally) -> verdicts.put(verdict, tally.summary()));
        List<MetricsReport.RuleOutcomes> rules = new ArrayList<>();
        byRule.forEach((rule, tally) -> rules.add(new MetricsReport.RuleOutcomes(rule, tally.summary(),
                verdictRightByRule.get(rule).result())));
        rules.sort(Comparator.comparingLong((MetricsReport.RuleOutcomes r) -> r.outcomes().visits()).reversed()
                .thenComparing(MetricsReport.RuleOutcomes::rule));
        List<String> neverFired = allRules.stream().filter(rule -> !byRule.containsKey(rule)).sorted().toList();
        Map<String, MetricsReport.ProfileOutcomes> profiles = new LinkedHashMap<>();
        byProfile.forEach((profile, tally) -> profiles.put(profile, tally.summary()));
        return new MetricsReport(rulesVersion, all.visits(), withoutCommitment,
                commitments.visits() - commitments.judged() - withoutCommitment,
                commitments, verdicts, forBroken.result(), forNotKept.result(), rules, neverFired,
                profiles, byIntent, credibilityForGenuine.result(), riskForBroken.result(), verdictRight.result(),
                riskByOutcome());
    }

    /** The risk score's spread per outcome, in the order kept, kept late, partly kept, broken. */
    private Map<String, ScoreSpread> riskByOutcome() {
        Map<String, ScoreSpread> spreads = new LinkedHashMap<>();
        for (Settlement.LateStatus outcome : Settlement.LateStatus.values()) {
            ScoreSpread.Counter counter = riskByOutcome.get(outcome.name());
            if (counter != null) {
                spreads.put(outcome.name(), counter.result());
            }
        }
        return spreads;
    }

    /** The outcome once the late days were over, or by the due date when the late payments are not known. */
    private static String outcomeName(Settlement settlement) {
        return settlement.lateStatus() != null ? settlement.lateStatus().name() : settlement.status().name();
    }

    private void countLabels(Labels labels, Assessment assessment, Settlement settlement) {
        ProfileTally profile = labels.profile() == null ? null
                : byProfile.computeIfAbsent(labels.profile(), p -> new ProfileTally());
        if (profile != null) {
            profile.add(assessment, settlement);
        }
        for (int i = 0; i < assessment.excuses().size(); i++) {
            ExcuseAssessment excuse = assessment.excuses().get(i);
            if (profile != null) {
                profile.excuseVerdicts.merge(excuse.verdict(), 1L, Long::sum);
            }
            String intent = labels.intentOf(i);
            if (intent != null) {
                byIntent.computeIfAbsent(intent, k -> new EnumMap<>(Verdict.class)).merge(excuse.verdict(), 1L, Long::sum);
                boolean genuine = GENUINE.equals(intent);
                credibilityForGenuine.add(excuse.score(), genuine);
                if (profile != null) {
                    profile.credibilityForGenuine.add(excuse.score(), genuine);
                }
            }
        }
    }

    private static boolean hasCommitment(ReplayedVisit visit) {
        var commitment = visit.visit() == null ? null : visit.visit().commitment();
        return commitment != null && commitment.amount() != null && commitment.amount().signum() > 0;
    }

    /** The visits of one hidden profile. */
    private static final class ProfileTally implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        private final Map<Verdict, Long> excuseVerdicts = new EnumMap<>(Verdict.class);
        private final OutcomeTally outcomes = new OutcomeTally();
        private final Separation.Counter credibilityForGenuine = new Separation.Counter();
        private final Separation.Counter riskForBroken = new Separation.Counter();

        void add(Assessment assessment, Settlement settlement) {
            verdicts.merge(assessment.verdict(), 1L, Long::sum);
            outcomes.add(settlement);
            if (settlement != null && assessment.risk() != null) {
                riskForBroken.add(assessment.risk().score(), settlement.status() == Settlement.Status.BROKEN);
            }
        }

        void merge(ProfileTally other) {
            other.verdicts.forEach((verdict, count) -> verdicts.merge(verdict, count, Long::sum));
            other.excuseVerdicts.forEach((verdict, count) -> excuseVerdicts.merge(verdict, count, Long::sum));
            outcomes.merge(other.outcomes);
            credibilityForGenuine.merge(other.credibilityForGenuine);
            riskForBroken.merge(other.riskForBroken);
        }

        MetricsReport.ProfileOutcomes summary() {
            return new MetricsReport.ProfileOutcomes(verdicts, outcomes.summary(), excuseVerdicts,
                    credibilityForGenuine.result(), riskForBroken.result());
        }
    }
}
