package org.excuseengine.cli;

/** The exit codes every command uses. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int REJECTED = 3;
    /** A replay ran, but some visits did not get the assessment their {@code expect} field asked for. */
    static final int EXPECTATIONS_NOT_MET = 4;

    private ExitCodes() {}
}
