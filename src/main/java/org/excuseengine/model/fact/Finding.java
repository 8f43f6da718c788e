package org.excuseengine.model.fact;

import org.excuseengine.model.Verdict;

/**
 * Result: one credibility rule's judgement of one excuse. An excuse's verdict is its least credible
 * finding; its score the lowest finding score; every finding is one of its reasons.
 *
 * @param score      0 (not at all credible) to 100 (fully credible)
 * @param rebuttalId the rebuttal to give when this finding decides the verdict
 */
public record Finding(int excuseIndex, Verdict verdict, int score, String rebuttalId, String rule, String detail) {}
