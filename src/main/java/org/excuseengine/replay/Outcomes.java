package org.excuseengine.replay;

import java.math.BigDecimal;

/**
 * What became of the commitments of a group of visits.
 *
 * @param visits         visits in the group
 * @param judged         those whose commitment has a known outcome: {@code kept + partial + broken}
 * @param kept           kept in full by the due date; {@code partial}: something paid by then;
 *                       {@code broken}: nothing paid by then
 * @param keptShare      {@code kept / judged}, null when nothing was judged; likewise the other shares
 * @param committed      the commitments of the judged visits, added up
 * @param collected      what was paid against them by their due dates, added up
 * @param collectedShare {@code collected / committed}
 * @param withLateDays   the same commitments once the late days after their due dates were over,
 *                       with those kept late apart; null when no outcome in the group tells its
 *                       late payments
 */
public record Outcomes(long visits, long judged, long kept, long partial, long broken,
                       Double keptShare, Double partialShare, Double brokenShare,
                       BigDecimal committed, BigDecimal collected, Double collectedShare,
                       LateOutcomes withLateDays) {

    static Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    /** Four decimals: a share to a hundredth of a percent, which is all a reader can use. */
    static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
