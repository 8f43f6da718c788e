package org.excuseengine.model.fact;

import org.excuseengine.model.RiskLevel;

/** Decided: a risk band of the risk sheet that the visit's risk score falls in. */
public record RiskBand(RiskLevel level, String rule) {}
