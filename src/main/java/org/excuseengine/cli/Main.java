package org.excuseengine.cli;

import java.util.concurrent.Callable;
import org.excuseengine.engine.ExcuseEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code excuse-engine} command line: each subcommand a small class of its own. */
@Command(name = "excuse-engine",
        mixinStandardHelpOptions = true,
        versionProvider = Main.BuildVersion.class,
        description = "Judges the excuses customers give for overdue payments, with the rules in a rules folder.",
        subcommands = {ClassifyCommand.class, ReplayCommand.class, BacktestCommand.class, GenerateCommand.class,
                CategorizeCommand.class, CheckCommand.class, TestCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success: every visit was assessed, check found no error, every scenario passed",
            "1:the rules could not be loaded or input could not be read; check found an error; a scenario failed",
            "2:usage error",
            "3:some visits were rejected (their error records say why), or journal events skipped",
            "4:a replay ran, but some visits did not meet their expectation"})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // The engine's libraries log their progress at INFO; a command line user wants only trouble.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // Drools also logs every build error; the commands report each one with its file and line.
        String buildLog = "org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject";
        if (System.getProperty(buildLog) == null) {
            System.setProperty(buildLog, "off");
        }
        ExitGuard.install();
        ExitGuard.exit(commandLine().execute(args));
    }

    /** The command line with its exit-code conventions, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new FailureHandler());
    }

    /** No command given: a usage error, told in one line. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: give one of classify, replay, backtest, generate, categorize, check, test, serve");
    }

    /** The version the build gives, as the library reports it. */
    static final class BuildVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Excuse Engine " + ExcuseEngine.version()};
        }
    }
}
