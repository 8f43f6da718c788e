package org.excuseengine.cli;

/**
 * Keeps a rule that calls {@code System.exit} from passing for success: when the process exits and
 * the command did not ask for it, the exit code becomes {@link ExitCodes#FAILURE}. A signal
 * (SIGTERM, Ctrl-C) is not such an exit: it stops {@code serve} gracefully as before.
 *
 * <p>Not guarded: {@code Runtime.getRuntime().halt()}, which skips every shutdown hook. The
 * {@code check} command reports both calls in rule files as errors.
 */
final class ExitGuard {
    private static volatile boolean commanded;

    private ExitGuard() {}

    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(ExitGuard::onShutdown, "excuse-engine-exit-guard"));
    }

    /** Exits with {@code code}: the command's own decision. */
    static void exit(int code) {
        commanded = true;
        System.exit(code);
    }

    private static void onShutdown() {
        if (!commanded && exitCalledBySomeoneElse()) {
            System.err.println("A rule (or other code) called System.exit: the command did not finish; exit code "
                    + ExitCodes.FAILURE + ".");
            System.err.flush();
            Runtime.getRuntime().halt(ExitCodes.FAILURE);
        }
    }

    /** True when a thread is inside {@code Runtime.exit}: a call of System.exit, as against a signal. */
    private static boolean exitCalledBySomeoneElse() {
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                    return true;
                }
            }
        }
        return false;
    }
}
