package org.excuseengine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.JournalReplay;
import org.excuseengine.replay.ReplayResults;
import org.excuseengine.replay.RuleSets;
import org.excuseengine.replay.SnapshotReplay;
import org.excuseengine.replay.generator.HistoryGenerator;
import org.excuseengine.replay.journal.JournalFormat;
import org.excuseengine.replay.journal.JournalReader;
import org.excuseengine.replay.journal.JournalWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark jobs on a local master with two cores give what the single-machine commands give on
 * the same input: the same assessment (or error record) for every visit, line for line once both
 * are sorted by visit id, and the same metrics, champion, challenger and comparison sample included.
 * Assessments are compared as the library writes them, whole, so fields added later count too.
 */
class SparkJobsTest {
    private static final Path RULES = Path.of("..", "rules").toAbsolutePath().normalize();
    private static final Path EXAMPLES = Path.of("..", "examples", "visits.jsonl").toAbsolutePath().normalize();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;

    private static SparkSession spark;
    private static Path journal;
    private static Path challenger;
    /** The single-machine runs' rules, compiled once for every test. */
    private static RuleSets singleMachine;
    private static RuleSets singleMachineChampionOnly;

    @BeforeAll
    static void start() throws IOException {
        // Two cores; a failed task is tried again, up to 4 times, as on a cluster.
        spark = SparkSession.builder().master("local[2,4]").appName("excuse-engine test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        journal = work.resolve("journal.jsonl");
        try (Writer out = Files.newBufferedWriter(journal); JournalWriter events = JournalWriter.jsonLines(out)) {
            new HistoryGenerator(new HistoryGenerator.Settings(30, 6, 2025, LocalDate.parse("2025-01-01"))).generate(events);
        }
        // Bad records stay in place: malformed JSON, bytes that are not UTF-8, a visit id used twice.
        String firstVisit = Files.readAllLines(journal).stream().filter(line -> line.contains("\"type\":\"visit\"")).findFirst().orElseThrow();
        Files.write(journal, List.of("{\"type\":\"payment\",", firstVisit), StandardOpenOption.APPEND);
        Files.write(journal, new byte[] {'{', '"', (byte) 0xC3, '"', '}', '\n'}, StandardOpenOption.APPEND);
        // The challenger: the same rules, tight cash starting 30 points lower on the scorecard.
        challenger = work.resolve("challenger");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.toList()) {
                Path copy = challenger.resolve(RULES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().equals("credibility-scorecard.drl.csv")) {
                    String row = "tight cash starts at 50,TIGHT_CASH,PRIOR,,,50,";
                    String scorecard = Files.readString(file);
                    if (!scorecard.contains(row)) {
                        throw new IllegalStateException("the challenger changes a scorecard row that is gone: " + row);
                    }
                    Files.writeString(copy, scorecard.replace(row, row.replace(",50,", ",20,")));
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        ExcuseEngine champion = ExcuseEngine.builder(RULES).defaultLanguage("en").build();
        singleMachine = new RuleSets(champion, ExcuseEngine.builder(challenger).defaultLanguage("en").build());
        singleMachineChampionOnly = RuleSets.of(champion);
    }

    @AfterAll
    static void stop() {
        if (singleMachine != null) {
            singleMachine.close();
        }
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void backtestOfAJournalGivesTheSingleMachineAssessmentsAndMetrics() throws IOException {
        SingleRun expected = backtestOnOneMachine(journal, JournalFormat.JSONL, true);
        Path out = work.resolve("backtest-out");
        JobRun run = ReplayJobs.backtest(spark, settings(journal, InputFormat.JSONL, out, true));

        assertEquals(sortedByVisitId(expected.assessments()), sortedByVisitId(partFiles(out)));
        assertEquals(expected.metricsJson(), metricsJson(run));
        assertTrue(run.metrics().comparison().changed() > 5, "the challenger changes more visits than the sample shows");
        assertEquals(3, run.skippedEvents(), "the malformed line, the line that is not UTF-8, the visit id used twice");
    }

    @Test
    void aTaskThatFailsMidwayAndIsRetriedLeavesNoDuplicateRowsAndNoDoubleCount() throws IOException {
        SingleRun expected = backtestOnOneMachine(journal, JournalFormat.JSONL, true);
        Path out = work.resolve("retried-out");
        FaultInjection.failFirstAttemptAfter(20);
        JobRun run;
        try {
            run = ReplayJobs.backtest(spark, settings(journal, InputFormat.JSONL, out, true));
        } finally {
            FaultInjection.failFirstAttemptAfter(-1);
        }

        assertEquals(sortedByVisitId(expected.assessments()), sortedByVisitId(partFiles(out)));
        assertEquals(expected.metricsJson(), metricsJson(run));
    }

    @Test
    void backtestOfAParquetJournalWritesParquetWithTheSingleMachineAssessments() throws IOException {
        Path jsonl = work.resolve("clean.jsonl");
        try (Writer out = Files.newBufferedWriter(jsonl); JournalWriter events = JournalWriter.jsonLines(out)) {
            new HistoryGenerator(new HistoryGenerator.Settings(15, 4, 11, LocalDate.parse("2025-02-01"))).generate(events);
        }
        // Every value as text, as Parquet exports of CRMs often are; amounts stay exact that way.
        Path parquet = work.resolve("journal.parquet");
        spark.read().option("primitivesAsString", "true").json(jsonl.toString()).coalesce(1).write().parquet(parquet.toString());
        SingleRun expected = backtestOnOneMachine(jsonl, JournalFormat.JSONL, false);
        Path out = work.resolve("parquet-out");
        JobSettings asParquet = new JobSettings(parquet.toString(), InputFormat.PARQUET, settings(parquet, InputFormat.PARQUET, out, false).rules(),
                out.toString(), JobSettings.OutputFormat.PARQUET, 3, 5);
        JobRun run = ReplayJobs.backtest(spark, asParquet);

        List<String> written = spark.read().parquet(out.toString()).select("assessment").as(Encoders.STRING()).collectAsList();
        assertEquals(sortedByVisitId(expected.assessments()), sortedByVisitId(written));
        assertEquals(expected.metricsJson(), metricsJson(run));
    }

    @Test
    void backtestOfACsvJournalGivesTheSingleMachineAssessmentsAndMetrics() throws IOException {
        Path csv = work.resolve("journal.csv");
        try (Writer out = Files.newBufferedWriter(csv);
             JournalWriter events = JournalWriter.csv(out, HistoryGenerator.MAX_EXCUSES_PER_VISIT)) {
            new HistoryGenerator(new HistoryGenerator.Settings(15, 4, 7, LocalDate.parse("2025-03-01"))).generate(events);
        }
        SingleRun expected = backtestOnOneMachine(csv, JournalFormat.CSV, false);
        Path out = work.resolve("csv-out");
        JobRun run = ReplayJobs.backtest(spark, settings(csv, InputFormat.CSV, out, false));

        assertEquals(sortedByVisitId(expected.assessments()), sortedByVisitId(partFiles(out)));
        assertEquals(expected.metricsJson(), metricsJson(run));
    }

    @Test
    void replayOfTheShippedExamplesGivesTheSingleMachineLinesInInputOrder() throws IOException {
        Path visits = work.resolve("visits.jsonl");
        Files.copy(EXAMPLES, visits);
        Files.write(visits, List.of("", "{\"visitId\": \"V-bad\""), StandardOpenOption.APPEND);
        List<String> expectedLines;
        String expectedMetrics;
        RuleSets rules = singleMachine;
        try (InputStream in = Files.newInputStream(visits)) {
            StringWriter out = new StringWriter();
            ReplayResults results = new ReplayResults(rules, 5);
            new SnapshotReplay(rules, new ContractJson(), 2).run(in, out, results);
            expectedLines = out.toString().lines().toList();
            expectedMetrics = MAPPER.writeValueAsString(new ContractJson().mapper().valueToTree(results.metrics()));
        }
        Path out = work.resolve("replay-out");
        JobRun run = ReplayJobs.replay(spark, settings(visits, InputFormat.JSONL, out, true));

        assertEquals(expectedLines, partFiles(out));
        assertEquals(expectedMetrics, metricsJson(run));
        assertEquals(2, run.summary().rejected(), "the blank line and the cut-off visit are error records in their place");
    }

    private record SingleRun(List<String> assessments, String metricsJson) {}

    private static SingleRun backtestOnOneMachine(Path file, JournalFormat format, boolean withChallenger) throws IOException {
        RuleSets rules = withChallenger ? singleMachine : singleMachineChampionOnly;
        StringWriter out = new StringWriter();
        ReplayResults results = new ReplayResults(rules, 5);
        new JournalReplay(rules, new ContractJson(), 2).run(JournalReader.read(file, format), out, null, results);
        return new SingleRun(out.toString().lines().toList(),
                MAPPER.writeValueAsString(new ContractJson().mapper().valueToTree(results.metrics())));
    }

    private static JobSettings settings(Path input, InputFormat format, Path out, boolean withChallenger) {
        Rules rules = new Rules(RulesLocation.of(RULES.toString()),
                withChallenger ? RulesLocation.of(challenger.toString()) : null, "en");
        return new JobSettings(input.toString(), format, rules, out.toString(), JobSettings.OutputFormat.JSONL, 3, 5);
    }

    private static String metricsJson(JobRun run) throws IOException {
        return MAPPER.writeValueAsString(new ContractJson().mapper().valueToTree(run.metrics()));
    }

    /** The lines of a Spark output folder: its part files in order. */
    private static List<String> partFiles(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(file -> file.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<String> sortedByVisitId(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(SparkJobsTest::visitId).thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static String visitId(String line) {
        try {
            return MAPPER.readTree(line).path("visitId").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
