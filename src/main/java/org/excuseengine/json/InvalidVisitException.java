package org.excuseengine.json;

/**
 * A visit's JSON does not follow the contract. The message names the field as a JSON pointer and
 * says what was expected; {@link #visitId()} is the visit's id when it could be read.
 */
public final class InvalidVisitException extends RuntimeException {
    private final transient String visitId;

    public InvalidVisitException(String visitId, String message) {
        super(message);
        this.visitId = visitId;
    }

    public String visitId() {
        return visitId;
    }
}
