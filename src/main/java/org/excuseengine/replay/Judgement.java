package org.excuseengine.replay;

import org.excuseengine.model.Assessment;

/** One rule set's answer for one visit: its assessment, or why it could not assess the visit. */
public record Judgement(Assessment assessment, String error) {
    public static Judgement of(Assessment assessment) {
        return new Judgement(assessment, null);
    }

    public static Judgement failed(String error) {
        return new Judgement(null, error);
    }

    public boolean assessed() {
        return assessment != null;
    }
}
