package org.excuseengine.replay;

import java.math.BigDecimal;

/**
 * What became of a group's commitments once the late days after their due dates were over. Only
 * commitments whose late payments are known count (a journal's outcomes tell them; an older
 * snapshot file's may not).
 *
 * @param lateDays       how many days after the due date a payment still counts as late rather than never
 * @param judged         the commitments counted: {@code kept + keptLate + partial + broken}
 * @param kept           kept in full by the due date
 * @param keptLate       not kept by the due date, but paid in full within the late days
 * @param partial        something paid by the end of the late days, not all
 * @param broken         nothing paid by the end of the late days
 * @param keptShare      {@code kept / judged}; likewise the other shares
 * @param committed      the commitments counted, added up
 * @param collected      what was paid against them by the end of the late days, added up
 * @param collectedShare {@code collected / committed}
 */
public record LateOutcomes(int lateDays, long judged, long kept, long keptLate, long partial, long broken,
                           Double keptShare, Double keptLateShare, Double partialShare, Double brokenShare,
                           BigDecimal committed, BigDecimal collected, Double collectedShare) {}
