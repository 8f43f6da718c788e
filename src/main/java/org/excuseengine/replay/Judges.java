package org.excuseengine.replay;

import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Visit;

/** Runs a visit through one rule set and writes the line the contract asks for. */
final class Judges {
    private Judges() {}

    static Judgement judge(ExcuseEngine engine, Visit visit) {
        try {
            return Judgement.of(engine.assess(visit));
        } catch (AssessmentException e) {
            return Judgement.failed(e.getMessage());
        }
    }

    /** The output line for a judgement: the assessment, or the contract's error record. */
    static String outputLine(ContractJson json, Judgement judgement, String visitId, long line) {
        return judgement.assessed() ? json.write(judgement.assessment()) : json.writeError(visitId, line, judgement.error());
    }
}
