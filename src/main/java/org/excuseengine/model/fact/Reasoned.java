package org.excuseengine.model.fact;

/** A result fact that carries the rule that inserted it and why, for assessments and explanations. */
public interface Reasoned {
    String rule();

    /** The reason shown to the user, quoting the figures the rule looked at. */
    String detail();
}
