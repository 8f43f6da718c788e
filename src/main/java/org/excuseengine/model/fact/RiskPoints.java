package org.excuseengine.model.fact;

/** Judged: points a row of the risk scorecard gave the visit; their sum is the risk score. */
public record RiskPoints(int points, String rule, String detail) {}
