package org.excuseengine.engine;

/**
 * A visit could not be assessed: it breaks the contract (the message names the field and what was
 * expected), or the rules could not judge it: a rule ran away or threw on it (the message names
 * the rule where Drools tells it). Either way the engine stays healthy for the next visit.
 */
public final class AssessmentException extends RuntimeException {
    private final boolean invalidVisit;

    /** The visit breaks the contract. */
    public AssessmentException(String message) {
        this(message, true, null);
    }

    private AssessmentException(String message, boolean invalidVisit, Throwable cause) {
        super(message, cause);
        this.invalidVisit = invalidVisit;
    }

    /** The rules, not the visit, are at fault: they ran away or gave no verdict. */
    static AssessmentException rulesFailed(String message) {
        return new AssessmentException(message, false, null);
    }

    /** The rules, not the visit, are at fault: one of them threw {@code cause}. */
    static AssessmentException rulesFailed(String message, Throwable cause) {
        return new AssessmentException(message, false, cause);
    }

    /** True when the visit breaks the contract (the caller's to mend), false when the rules failed on it. */
    public boolean invalidVisit() {
        return invalidVisit;
    }
}
