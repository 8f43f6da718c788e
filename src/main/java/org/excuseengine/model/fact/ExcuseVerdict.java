package org.excuseengine.model.fact;

import org.excuseengine.model.Verdict;

/** Result: the verdict on one excuse, decided from its findings. */
public record ExcuseVerdict(int excuseIndex, Verdict verdict, int score, String rule) {}
