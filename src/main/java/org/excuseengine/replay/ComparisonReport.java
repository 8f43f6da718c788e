package org.excuseengine.replay;

import java.util.List;
import java.util.Map;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.Verdict;

/**
 * How a challenger's assessments differ from the champion's over the same history.
 *
 * @param compared           visits both rule sets assessed
 * @param onlyOneAssessed    visits one rule set assessed and the other rejected
 * @param changed            visits whose verdict or escalation level changed
 * @param verdictChanged     visits whose verdict changed
 * @param verdictChanges     how often each change happened, as {@code "CREDIBLE -> DOUBTFUL"}
 * @param escalationRaised   visits the challenger escalates higher than the champion
 * @param escalationLowered  visits the challenger escalates lower
 * @param escalationChanges  how often each change of level happened, as {@code "ROUTINE -> TIGHTEN"}
 * @param sample             some of the changed visits, with both explanations
 */
public record ComparisonReport(long compared, long onlyOneAssessed, long changed, long verdictChanged,
                               Map<String, Long> verdictChanges, long escalationRaised, long escalationLowered,
                               Map<String, Long> escalationChanges, List<ChangedVisit> sample) {

    /**
     * A visit the two rule sets judged differently, and what its commitment really came to by its
     * due date and once the late days were over (null when not known); with the customer (its id
     * and name) and the excuses heard, as far as the visit tells them.
     */
    public record ChangedVisit(long line, String visitId, Settlement.Status outcome, Side champion, Side challenger,
                               String customer, String customerName, List<String> excuses,
                               Settlement.LateStatus outcomeWithLateDays) {
        public ChangedVisit {
            excuses = excuses == null ? List.of() : List.copyOf(excuses);
        }

        /** The outcome as a reader is told it, such as {@code BROKEN by the due date, KEPT_LATE after}. */
        public String describeOutcome() {
            if (outcome == null) {
                return "unknown or none";
            }
            if (outcomeWithLateDays == null || outcomeWithLateDays.name().equals(outcome.name())) {
                return outcome.name();
            }
            return outcome.name() + " by the due date, " + outcomeWithLateDays.name() + " after";
        }
    }

    /** One rule set's judgement of a changed visit, with the reasons it gave and the first rebuttal it would read out. */
    public record Side(Verdict verdict, Integer score, EscalationLevel escalation, int followUpInDays,
                       List<String> reasons, String rebuttal, String rebuttalLang) {}
}
