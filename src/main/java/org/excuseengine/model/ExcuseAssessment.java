package org.excuseengine.model;

import java.util.List;

/** The verdict on one excuse, with the reasons behind it and the rebuttal to give. */
public record ExcuseAssessment(
        String text,
        Category category,
        CategorySource categorySource,
        double confidence,
        Verdict verdict,
        int score,
        List<Reason> reasons,
        Rebuttal rebuttal,
        List<String> matchedPhrases) {

    public ExcuseAssessment {
        reasons = List.copyOf(reasons);
        matchedPhrases = matchedPhrases == null ? List.of() : List.copyOf(matchedPhrases);
    }
}
