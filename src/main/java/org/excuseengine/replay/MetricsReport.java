package org.excuseengine.replay;

import java.util.List;
import java.util.Map;
import org.excuseengine.model.Verdict;

/**
 * How well one rule set judged a replayed history, measured by what customers really paid. Only
 * visits the rules assessed count; a visit's commitment is judged when it was above zero and its
 * outcome is known.
 *
 * @param visits                  visits assessed
 * @param withoutCommitment       visits at which no commitment above zero was made
 * @param outcomeUnknown          visits with a commitment whose outcome is unknown
 * @param commitments             every visit: the promise-to-pay kept rate and amount collected vs committed
 * @param byVerdict               the same, for the visits of each verdict
 * @param notCredibleForBroken    NOT_CREDIBLE as a prediction that the commitment is broken
 * @param notCredibleForNotKept   NOT_CREDIBLE as a prediction that it is not kept in full (broken or partly kept)
 * @param rules                   every rule that fired: on how many visits, and what became of their commitments
 * @param neverFired              the rules of the rule base that fired on no visit
 * @param byProfile               per hidden customer profile (journals that name one): verdicts and outcomes
 * @param excuseVerdictsByIntent  per hidden excuse intent (journals that name one): the excuses' verdicts
 * @param credibilityForGenuine   how well excuses' credibility scores separate genuine excuses (hidden intent
 *                                GENUINE) from stalls and leverage
 * @param riskForBroken           how well the payment-risk score separates commitments broken from the others
 * @param verdictRight            how often a CREDIBLE or NOT_CREDIBLE verdict was borne out by the outcome
 * @param riskByOutcome           the payment-risk score's spread over the judged commitments of each outcome:
 *                                {@code KEPT}, {@code KEPT_LATE}, {@code PARTIAL}, {@code BROKEN} (counting the
 *                                late days; by the due date, without {@code KEPT_LATE}, where they are not known)
 */
public record MetricsReport(
        String rulesVersion,
        long visits,
        long withoutCommitment,
        long outcomeUnknown,
        Outcomes commitments,
        Map<Verdict, Outcomes> byVerdict,
        Prediction notCredibleForBroken,
        Prediction notCredibleForNotKept,
        List<RuleOutcomes> rules,
        List<String> neverFired,
        Map<String, ProfileOutcomes> byProfile,
        Map<String, Map<Verdict, Long>> excuseVerdictsByIntent,
        Separation credibilityForGenuine,
        Separation riskForBroken,
        VerdictAccuracy verdictRight,
        Map<String, ScoreSpread> riskByOutcome) {

    /** A rule, the visits it fired on, and how often their verdict was borne out by the outcome. */
    public record RuleOutcomes(String rule, Outcomes outcomes, VerdictAccuracy verdictRight) {}

    /**
     * The customers of one hidden profile: how their visits and their excuses were judged, what
     * they paid, and how well the scores separate within the profile.
     */
    public record ProfileOutcomes(Map<Verdict, Long> verdicts, Outcomes outcomes, Map<Verdict, Long> excuseVerdicts,
                                  Separation credibilityForGenuine, Separation riskForBroken) {
        /** The share of this profile's excuses judged NOT_CREDIBLE, or null without excuses. */
        public Double excusesNotCredibleShare() {
            long excuses = excuseVerdicts.values().stream().mapToLong(Long::longValue).sum();
            return Outcomes.share(excuseVerdicts.getOrDefault(Verdict.NOT_CREDIBLE, 0L), excuses);
        }
    }
}
