package org.excuseengine.model.fact;

import java.math.BigDecimal;

/** Input: the part of the debt an excuse of this visit disputes ({@code excuses[].disputedAmount}). */
public record DisputedPart(int excuseIndex, BigDecimal amount) {}
