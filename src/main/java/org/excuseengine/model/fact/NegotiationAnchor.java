package org.excuseengine.model.fact;

import java.math.BigDecimal;

/** Result: what to expect from the customer and the higher figure to open with. */
public record NegotiationAnchor(BigDecimal expected, BigDecimal openingAsk, String rule, String detail) {}
