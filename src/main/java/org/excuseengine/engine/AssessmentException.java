package org.excuseengine.engine;

/**
 * A visit could not be assessed: it breaks the contract (the message names the field and what was
 * expected), or a rule ran away on it (the message names the rule). The engine stays healthy.
 */
public final class AssessmentException extends RuntimeException {
    public AssessmentException(String message) {
        super(message);
    }
}
