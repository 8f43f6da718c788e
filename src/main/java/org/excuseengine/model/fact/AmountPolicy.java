package org.excuseengine.model.fact;

import java.math.BigDecimal;

/**
 * The numbers of the amount model for the visit's customer, one row of {@code sheets/amounts.drl.csv}
 * by credit rating: the share of what the visit is after the salesperson expects to settle
 * ({@code expectedPercent}), how many times that to open with ({@code askFactor}), and how a payment
 * plan is laid out: at most {@code instalmentsAtMost} instalments, {@code monthsApart} months apart.
 * The customer's own commitment sizes the first instalment when it is at most {@code commitmentTrusted}
 * times its largest payment of the year (beyond that it is suspect, as credibility/commitment.drl
 * says). A balance of at most {@code smallBalance} costs more to chase than it is worth.
 */
public record AmountPolicy(int expectedPercent, BigDecimal askFactor, int instalmentsAtMost, int monthsApart,
                           int commitmentTrusted, BigDecimal smallBalance, String rule) {}
