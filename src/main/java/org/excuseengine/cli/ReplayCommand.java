package org.excuseengine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.ReplayResults;
import org.excuseengine.replay.RuleSets;
import org.excuseengine.replay.SnapshotReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: a JSONL file of visits in, one assessment or error record per line out, in the
 * same order, judged on every processor. The output file is written under a temporary name and
 * renamed when complete, so an interrupted run never leaves a truncated file that looks finished.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Assess every visit of a JSONL file of snapshots, in parallel, in input order.",
                "Summary, metrics (by each visit's outcome) and unmet expectations go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every visit was assessed (and met its expectation)",
            "1:the rules could not be loaded, or a file could not be read or written",
            "2:usage error",
            "3:some lines were rejected (their error records say why)",
            "4:some visits did not meet their expectation"})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Mixin
    ReplayOptions replayOptions;

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "Visits, one JSON object per line.")
    Path input;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where to write the assessments (default: standard output).")
    Path output;

    @Option(names = "--verbose", description = "Print every metrics table (by verdict, by rule), not only the headline figures.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        int threads = replayOptions.threads();
        int sample = replayOptions.sample();
        ContractJson json = new ContractJson();
        PrintWriter err = spec.commandLine().getErr();
        long size = Files.size(input); // fails at once on a missing file, before the rules take seconds to load
        try (RuleSets rules = replayOptions.ruleSets(options)) {
            ReplayResults results = new ReplayResults(rules, sample);
            try (InputStream in = Progress.trackingBytes("replay", Files.newInputStream(input), size);
                 AtomicOutput file = AtomicOutput.to(output)) {
                Writer out = file != null ? file.writer() : new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
                new SnapshotReplay(rules, json, threads).run(in, out, results.andThen(ReplayEnding.mismatchPrinter(err)));
                if (file != null) {
                    file.commit();
                }
            } // the input, and with it the progress bar, is closed before the summary is printed
            return ReplayEnding.finish(err, results, replayOptions, input, json.mapper(), 0, verbose);
        }
    }
}
