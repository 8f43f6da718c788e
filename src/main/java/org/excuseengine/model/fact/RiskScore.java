package org.excuseengine.model.fact;

/** Decided: the visit's payment-risk score, its points summed and kept within 0..100. */
public record RiskScore(int score) {}
