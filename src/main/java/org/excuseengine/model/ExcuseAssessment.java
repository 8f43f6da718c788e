package org.excuseengine.model;

import java.util.List;

/**
 * The verdict on one excuse, with the reasons behind it and the rebuttal to give. {@code points}
 * (contract version 1.1) is its credibility scorecard: each line's points, summed and kept within
 * 0..100, give {@code score}; {@code reasons} names the same lines with their figures.
 */
public record ExcuseAssessment(
        String text,
        Category category,
        CategorySource categorySource,
        double confidence,
        Verdict verdict,
        int score,
        List<ScorePoints> points,
        List<Reason> reasons,
        Rebuttal rebuttal,
        List<String> matchedPhrases) {

    public ExcuseAssessment {
        points = points == null ? List.of() : List.copyOf(points);
        reasons = List.copyOf(reasons);
        matchedPhrases = matchedPhrases == null ? List.of() : List.copyOf(matchedPhrases);
    }
}
