package org.excuseengine.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A usage error in one line and exit 2: what was wrong and where the help is. The whole usage
 * text after a typo buries the one line that matters.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        var err = command.getErr();
        err.println(command.getCommandName().equals("excuse-engine")
                ? e.getMessage() + " (see excuse-engine --help)"
                : e.getMessage() + " (see " + command.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return ExitCodes.USAGE;
    }
}
