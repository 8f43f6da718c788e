package org.excuseengine.replay;

import java.util.List;
import org.excuseengine.model.Visit;

/**
 * One visit after a replay: where it came from, the visit as the rules saw it (null when it could
 * not be read), the champion's and, when one ran, the challenger's judgement, what became of its
 * commitment, and how it differs from its expectation.
 *
 * @param line       the 1-based line of the input it came from: the snapshot line, or the journal
 *                   line of the visit event
 * @param settlement null when there was no commitment to judge or its outcome is unknown
 * @param challenger null when no challenger ran
 * @param mismatches empty when the visit carried no expectation or met it
 */
public record ReplayedVisit(long line, String visitId, Visit visit, Judgement champion, Judgement challenger,
                            Settlement settlement, Labels labels, List<String> mismatches) {
    public ReplayedVisit {
        labels = labels == null ? Labels.NONE : labels;
        mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
    }
}
