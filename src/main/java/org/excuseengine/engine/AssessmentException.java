package org.excuseengine.engine;

/**
 * A visit could not be assessed: it breaks the contract (the message names the field and what was
 * expected), or a rule ran away or failed on it (the message names the rule where Drools tells
 * it). The engine stays healthy.
 */
public final class AssessmentException extends RuntimeException {
    public AssessmentException(String message) {
        super(message);
    }

    public AssessmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
