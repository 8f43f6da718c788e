package org.excuseengine.model.fact;

import org.excuseengine.model.RiskLevel;

/** Result: the customer's payment risk at this visit, the highest band its score falls in. */
public record PaymentRisk(RiskLevel level, int score, String rule) {}
