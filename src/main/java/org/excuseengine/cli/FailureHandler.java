package org.excuseengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.excuseengine.engine.RuleCompilationException;
import org.excuseengine.engine.RuleProblem;
import org.excuseengine.engine.RulesNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the failures a user can fix into a clear message and exit code 1, without a stack trace. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        if (e instanceof RulesNotFoundException missing) {
            err.println("No rules folder at " + missing.location() + " (name it with --rules DIR; the default is ./rules)");
        } else if (e instanceof RuleCompilationException compilation) {
            err.println("The rules do not compile:");
            compilation.problems().stream().map(RuleProblem::toString).forEach(err::println);
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("Cannot read or write: " + e.getMessage());
        } else {
            err.println("Failed: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }
}
