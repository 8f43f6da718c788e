package org.excuseengine.replay.journal;

/**
 * Why an event of a journal was skipped: the line it was read from, the field at fault (as the
 * CSV column names it, e.g. {@code commitment.due}; empty when the whole event is at fault) and
 * what was wrong.
 */
public record JournalProblem(long line, String field, String message) {
    @Override
    public String toString() {
        return "line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + message;
    }
}
