package org.excuseengine.replay;

import java.math.BigDecimal;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.Outcome;
import org.excuseengine.model.Visit;

/**
 * What became of a visit's commitment: the amount committed, what was paid against it by its due
 * date, and what came in the late days after it (null when not known). The contract's definitions
 * apply: kept when the payment by the due date covers the commitment, partly kept when something
 * was paid, broken when nothing was.
 */
public record Settlement(BigDecimal committed, BigDecimal paid, BigDecimal paidLate) {
    /** What became of a commitment by its due date. */
    public enum Status { KEPT, PARTIAL, BROKEN }

    /** What became of a commitment once the late days after its due date were over. */
    public enum LateStatus { KEPT, KEPT_LATE, PARTIAL, BROKEN }

    public Settlement {
        if (committed == null || committed.signum() <= 0) {
            throw new IllegalArgumentException("committed: expected an amount above 0, got " + committed);
        }
        paid = paid == null ? BigDecimal.ZERO : paid;
    }

    /** A settlement with nothing known of late payments. */
    public Settlement(BigDecimal committed, BigDecimal paid) {
        this(committed, paid, null);
    }

    public Status status() {
        if (paid.compareTo(committed) >= 0) {
            return Status.KEPT;
        }
        return paid.signum() > 0 ? Status.PARTIAL : Status.BROKEN;
    }

    /**
     * The status counting the late payments too: kept late when they made up the rest. Null when
     * the late payments are not known.
     */
    public LateStatus lateStatus() {
        if (paidLate == null) {
            return null;
        }
        if (status() == Status.KEPT) {
            return LateStatus.KEPT;
        }
        BigDecimal total = paidWithLate();
        if (total.compareTo(committed) >= 0) {
            return LateStatus.KEPT_LATE;
        }
        return total.signum() > 0 ? LateStatus.PARTIAL : LateStatus.BROKEN;
    }

    /** What was paid by the due date and in the late days after it; just the former when the latter is not known. */
    public BigDecimal paidWithLate() {
        return paidLate == null ? paid : paid.add(paidLate);
    }

    /**
     * The settlement a snapshot visit reports in its {@code outcome} field, or null when there is
     * nothing to judge: no commitment above zero, or no outcome recorded.
     */
    public static Settlement of(Visit visit) {
        return of(visit.commitment(), visit.outcome());
    }

    /** The settlement of {@code commitment} by {@code outcome}, or null when there is nothing to judge. */
    public static Settlement of(Commitment commitment, Outcome outcome) {
        if (commitment == null || commitment.amount() == null || commitment.amount().signum() <= 0
                || outcome == null || outcome.paid() == null) {
            return null;
        }
        return new Settlement(commitment.amount(), outcome.paid(), outcome.paidLate());
    }
}
