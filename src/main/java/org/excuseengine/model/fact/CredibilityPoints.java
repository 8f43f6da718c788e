package org.excuseengine.model.fact;

/** Judged: points a row of the credibility scorecard gave one excuse; their sum is its score. */
public record CredibilityPoints(int excuseIndex, int points, String rule, String detail) {}
