package org.excuseengine.replay.journal;

/** An event that breaks the journal schema; the reader turns it into a {@link JournalProblem}. */
final class InvalidEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidEventException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }

    JournalProblem at(long line) {
        return new JournalProblem(line, field, getMessage());
    }
}
