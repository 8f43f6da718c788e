package org.excuseengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.JournalReplay;
import org.excuseengine.replay.ReplayResults;
import org.excuseengine.replay.RuleSets;
import org.excuseengine.replay.journal.Journal;
import org.excuseengine.replay.journal.JournalFormat;
import org.excuseengine.replay.journal.JournalProblem;
import org.excuseengine.replay.journal.JournalReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backtest}: a CRM's event journal in, replayed in time order; each visit judged on the
 * history as it stood that day and then measured against what the customer really paid.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Replay an event journal (JSONL, or CSV with a header) through the rules in time order.",
                "Each visit is judged on the history as it stood that day; its commitment, by the payments after it.",
                "Skipped events, the summary and the metrics go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every event was read and every visit assessed",
            "1:the rules could not be loaded, or a file could not be read or written",
            "2:usage error",
            "3:some events were skipped or some visits rejected (standard error and the error records say why)"})
final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Mixin
    ReplayOptions replayOptions;

    @Parameters(index = "0", paramLabel = "JOURNAL", description = "The events: .csv is read as CSV, anything else as JSONL.")
    Path journalFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "JSONL or CSV, when the file name does not tell.")
    JournalFormat format;

    @Option(names = "--out", paramLabel = "OUT",
            description = "Write each visit's assessment (or error record), customer by customer in time order.")
    Path output;

    @Option(names = "--visits", paramLabel = "VISITS.jsonl",
            description = "Write each visit as the rules saw it, with its outcome: a snapshot file for replay.")
    Path visitsOutput;

    @Override
    public Integer call() throws IOException {
        int threads = replayOptions.threads();
        int sample = replayOptions.sample();
        PrintWriter err = spec.commandLine().getErr();
        Journal journal = JournalReader.read(journalFile, format != null ? format : JournalFormat.of(journalFile));
        for (JournalProblem problem : journal.problems()) {
            err.println("skipped " + problem);
        }
        err.printf("%,d events read, %,d skipped; %,d customers, %,d visits, up to %s%n", journal.events(),
                journal.problems().size(), journal.customers().size(), journal.visits(), journal.end());
        err.flush();
        ContractJson json = new ContractJson();
        try (RuleSets rules = replayOptions.ruleSets(options);
             AtomicOutput assessments = AtomicOutput.to(output);
             AtomicOutput visits = AtomicOutput.to(visitsOutput)) {
            ReplayResults results = new ReplayResults(rules, sample);
            try (Progress progress = Progress.counting("backtest", journal.visits(), "visits")) {
                new JournalReplay(rules, json, threads).run(journal,
                        AtomicOutput.writerOf(assessments), AtomicOutput.writerOf(visits),
                        results.andThen(visit -> progress.step()));
            }
            if (assessments != null) {
                assessments.commit();
            }
            if (visits != null) {
                visits.commit();
            }
            return ReplayEnding.finish(err, results, replayOptions, journalFile, json.mapper(), journal.problems().size(), true);
        }
    }
}
