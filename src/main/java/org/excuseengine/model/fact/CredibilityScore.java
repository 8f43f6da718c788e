package org.excuseengine.model.fact;

/** Decided: an excuse's credibility score, its points summed and kept within 0..100. */
public record CredibilityScore(int excuseIndex, int score) {}
