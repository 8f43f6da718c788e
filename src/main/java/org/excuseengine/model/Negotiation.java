package org.excuseengine.model;

import java.math.BigDecimal;

/** What the salesperson expects to collect and the higher figure to open the talk with. */
public record Negotiation(BigDecimal expected, BigDecimal openingAsk, Reason reason) {}
