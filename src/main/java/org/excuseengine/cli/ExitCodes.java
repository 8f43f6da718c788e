package org.excuseengine.cli;

/** The exit codes every command uses. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int REJECTED = 3;

    private ExitCodes() {}
}
