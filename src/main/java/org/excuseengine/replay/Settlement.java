package org.excuseengine.replay;

import java.math.BigDecimal;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.Visit;

/**
 * What became of a visit's commitment: the amount committed and what was paid against it by its
 * due date. The contract's definitions apply: kept when the payment covers the commitment, partly
 * kept when something was paid, broken when nothing was.
 */
public record Settlement(BigDecimal committed, BigDecimal paid) {
    public enum Status { KEPT, PARTIAL, BROKEN }

    public Settlement {
        if (committed == null || committed.signum() <= 0) {
            throw new IllegalArgumentException("committed: expected an amount above 0, got " + committed);
        }
        paid = paid == null ? BigDecimal.ZERO : paid;
    }

    public Status status() {
        if (paid.compareTo(committed) >= 0) {
            return Status.KEPT;
        }
        return paid.signum() > 0 ? Status.PARTIAL : Status.BROKEN;
    }

    /**
     * The settlement a snapshot visit reports in its {@code outcome} field, or null when there is
     * nothing to judge: no commitment above zero, or no outcome recorded.
     */
    public static Settlement of(Visit visit) {
        Commitment commitment = visit.commitment();
        if (commitment == null || commitment.amount() == null || commitment.amount().signum() <= 0
                || visit.outcome() == null || visit.outcome().paid() == null) {
            return null;
        }
        return new Settlement(commitment.amount(), visit.outcome().paid());
    }
}
