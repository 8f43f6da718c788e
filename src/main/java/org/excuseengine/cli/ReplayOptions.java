package org.excuseengine.cli;

import java.nio.file.Path;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.replay.RuleSets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options {@code replay} and {@code backtest} share: a challenger, metrics, threads. */
final class ReplayOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--challenger", paramLabel = "DIR",
            description = "A second rules folder to run on the same history and compare with --rules (the champion).")
    Path challenger;

    @Option(names = "--metrics", paramLabel = "FILE.json",
            description = "Write the metrics (outcomes by verdict and by rule, precision and recall, comparison) as JSON.")
    Path metrics;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Write the metrics as a report: one HTML file with charts, that opens without a network.")
    Path report;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "5",
            description = "How many changed visits to show from a champion/challenger run (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    Integer threads;

    int threads() {
        if (threads != null && threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads: expected 1 or more, got " + threads);
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    int sample() {
        if (sample < 0) {
            throw new ParameterException(command.commandLine(), "--sample: expected 0 or more, got " + sample);
        }
        return sample;
    }

    RuleSets ruleSets(EngineOptions engine) {
        ExcuseEngine champion = engine.engine();
        try {
            return new RuleSets(champion,
                    challenger == null ? null : ExcuseEngine.builder(challenger).defaultLanguage(engine.lang).build());
        } catch (RuntimeException e) {
            champion.close();
            throw e;
        }
    }
}
