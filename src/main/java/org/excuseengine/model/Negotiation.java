package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The amounts of the visit, from one model the rules build: what the customer owes, what it disputes
 * and how much of that is set aside while a credible complaint is resolved, what the salesperson
 * expects to collect and the higher figure to open with, and the first tranche to ask for by
 * {@code firstDue}. When the amount is beyond what the customer has shown it can pay, {@code plan}
 * spreads it over dated instalments (else it is null). No amount asked for is above {@code owed}.
 *
 * @param reasons every figure's rule and reason, in the order the figures build on one another
 */
public record Negotiation(BigDecimal expected, BigDecimal openingAsk, Reason reason, BigDecimal firstTranche,
                          LocalDate firstDue, List<Instalment> plan, BigDecimal owed, BigDecimal disputed,
                          BigDecimal setAside, BigDecimal undisputed, List<Reason> reasons) {
    public Negotiation {
        plan = plan == null ? null : List.copyOf(plan);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** An anchor alone, as contract version 1 had it. */
    public Negotiation(BigDecimal expected, BigDecimal openingAsk, Reason reason) {
        this(expected, openingAsk, reason, null, null, null, null, null, null, null, List.of());
    }
}
