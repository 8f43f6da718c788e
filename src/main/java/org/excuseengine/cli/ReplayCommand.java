package org.excuseengine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.ReplaySummary;
import org.excuseengine.replay.SnapshotReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: a JSONL file of visits in, one assessment or error record per line out, in the
 * same order. The output file is written under a temporary name and renamed when complete, so an
 * interrupted run never leaves a truncated file that looks finished.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Assess every visit of a JSONL file; a summary goes to standard error.")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "Visits, one JSON object per line.")
    Path input;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Where to write the assessments (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        ContractJson json = new ContractJson();
        try (ExcuseEngine engine = options.engine();
             BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            SnapshotReplay replay = new SnapshotReplay(engine, json);
            ReplaySummary summary = output == null ? toStandardOutput(replay, in) : toFile(replay, in, output);
            summary.print(new PrintWriter(spec.commandLine().getErr(), true));
            return summary.rejected() == 0 ? ExitCodes.OK : ExitCodes.REJECTED;
        }
    }

    private ReplaySummary toStandardOutput(SnapshotReplay replay, BufferedReader in) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ReplaySummary summary = replay.run(in, out);
        out.flush();
        return summary;
    }

    private static ReplaySummary toFile(SnapshotReplay replay, BufferedReader in, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        ReplaySummary summary;
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
            summary = replay.run(in, out);
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }
}
