package org.excuseengine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.Utf8LineReader;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;
import org.excuseengine.replay.ReplaySummary;
import org.excuseengine.replay.RuleSets;
import org.excuseengine.replay.SnapshotReplay;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A generated JSONL file of visits replayed end to end: {@code replay} through
 * {@link SnapshotReplay} (read, validate, assess, write), {@code ioFloor} through a pass that only
 * reads and validates each visit and writes an assessment-sized JSON line for it, with no rules.
 * The ratio of the two is what the rules add to a replay. One pass over the file per operation.
 *
 * <p>{@code visits}: lines in the file. The default is small for quick runs; the figure the
 * project tracks is {@code -p visits=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReplayBenchmark {
    @Param({"20000"})
    public int visits;

    /** Records in each visit's history. */
    @Param({"10"})
    public int historyEvents;

    private Path folder;
    private Path in;
    private Path out;
    private ExcuseEngine engine;
    private ContractJson json;
    private Assessment typical;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("excuse-replay-");
        in = folder.resolve("visits.jsonl");
        out = folder.resolve("assessments.jsonl");
        json = new ContractJson();
        engine = ShippedRules.engine();
        VisitGenerator generator = new VisitGenerator(2026);
        try (BufferedWriter writer = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < visits; i++) {
                Visit visit = generator.visit("V-" + i, historyEvents);
                writer.write(json.mapper().writeValueAsString(visit));
                writer.write('\n');
                if (i == 0) {
                    typical = engine.assess(visit);
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        engine.close();
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public ReplaySummary replay() throws IOException {
        try (InputStream input = Files.newInputStream(in);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ReplaySummary summary = new ReplaySummary();
            new SnapshotReplay(RuleSets.of(engine), json, Runtime.getRuntime().availableProcessors())
                    .run(input, writer, visit -> {
                        if (visit.champion().assessment() != null) {
                            summary.count(visit.champion().assessment());
                        } else {
                            summary.countRejected();
                        }
                    });
            if (summary.rejected() > 0) {
                throw new IllegalStateException(summary.rejected() + " generated visits were rejected");
            }
            return summary;
        }
    }

    @Benchmark
    public long ioFloor() throws IOException {
        long lines = 0;
        try (InputStream input = Files.newInputStream(in);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            // The same line reader as the replay, so that the ratio of the two leaves reading out.
            Utf8LineReader visitLines = new Utf8LineReader(input, ContractJson.MAX_VISIT_LINE_BYTES);
            for (Utf8LineReader.Line line = visitLines.next(); line != null; line = visitLines.next()) {
                Visit visit = json.readVisit(line.text());
                writer.write(json.write(new Assessment(visit.visitId(), typical.verdict(), typical.score(),
                        typical.risk(), typical.excuses(), typical.escalation(), typical.gap(), typical.negotiation(),
                        typical.rulesFired(), typical.rulesVersion())));
                writer.write('\n');
                lines++;
            }
        }
        return lines;
    }
}
