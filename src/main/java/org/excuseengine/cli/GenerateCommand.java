package org.excuseengine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.excuseengine.replay.generator.HistoryGenerator;
import org.excuseengine.replay.journal.JournalFormat;
import org.excuseengine.replay.journal.JournalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: a realistic journal of made-up customers with hidden behaviour profiles, for backtests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a journal of made-up customers whose hidden profiles decide what they say and pay.",
                "The same settings and seed always give the same journal."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", required = true, description = "How many customers.")
    int customers;

    @Option(names = "--months", paramLabel = "M", required = true, description = "How many months of history (1 to 120).")
    int months;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "DATE", defaultValue = "2025-01-01",
            description = "The first day of the history (default: ${DEFAULT-VALUE}).")
    LocalDate start;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the journal (default: standard output).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "JSONL or CSV (default: CSV for an --out file ending in .csv, else JSONL).")
    JournalFormat format;

    @Override
    public Integer call() throws IOException {
        HistoryGenerator.Settings settings;
        try {
            settings = new HistoryGenerator.Settings(customers, months, seed, start);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        JournalFormat chosen = format != null ? format : output != null ? JournalFormat.of(output) : JournalFormat.JSONL;
        HistoryGenerator.Written written;
        try (AtomicOutput file = AtomicOutput.to(output)) {
            Writer out = file != null ? file.writer() : new BufferedWriter(spec.commandLine().getOut());
            try (JournalWriter journal = chosen == JournalFormat.CSV
                    ? JournalWriter.csv(out, HistoryGenerator.MAX_EXCUSES_PER_VISIT) : JournalWriter.jsonLines(out)) {
                written = new HistoryGenerator(settings).generate(journal);
            }
            if (file != null) {
                file.commit();
            }
        }
        spec.commandLine().getErr().printf("%,d customers, %,d visits, %,d events written%s%n", written.customers(),
                written.visits(), written.events(), output == null ? "" : " to " + output);
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
