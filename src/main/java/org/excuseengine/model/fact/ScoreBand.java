package org.excuseengine.model.fact;

import org.excuseengine.model.Verdict;

/** Decided: a verdict band of the thresholds sheet that an excuse's score falls in. */
public record ScoreBand(int excuseIndex, Verdict verdict, String rule) {}
