package org.excuseengine.model;

/**
 * How large a visit may be, whether it is read from JSON (the contract's schema says the same,
 * and a test keeps the two equal) or built in Java. A visit over a limit is refused with an error
 * naming the field; within them, every visit is judged well inside the engine's time limit.
 */
public final class VisitLimits {
    /** Entries in each history list: promises, payments, tickets, earlier excuses. */
    public static final int HISTORY_ENTRIES = 1_000;
    /** Excuses heard at one visit. */
    public static final int EXCUSES = 20;
    /** Characters of one excuse's text. */
    public static final int EXCUSE_TEXT_CHARS = 4_000;
    /** Evidence codes of one excuse. */
    public static final int EVIDENCE_CODES = 50;

    private VisitLimits() {}
}
