package org.excuseengine.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.excuseengine.replay.ChallengerComparison;
import org.excuseengine.replay.ComparisonReport;
import org.excuseengine.replay.ReplayMetrics;
import org.excuseengine.replay.ReplayResults;
import org.excuseengine.replay.RuleSets;
import scala.Tuple2;

/**
 * The two jobs: {@code replay} of snapshot visits and {@code backtest} of an event journal. Each
 * gives the assessments and the metrics a single-machine run gives on the same input: the replay
 * itself is the library's, run per line or per customer on the executors; Spark splits the input,
 * sends each customer's events to one partition, writes the output and gathers the counts.
 */
final class ReplayJobs {
    private ReplayJobs() {}

    static JobRun replay(SparkSession spark, JobSettings settings) {
        Run run = Run.start(spark, settings);
        JavaRDD<NumberedLine> lines = settings.format() == InputFormat.PARQUET
                ? NumberedLine.number(spark.read().parquet(settings.input()).toJSON().javaRDD(), 0)
                : NumberedLine.read(spark, settings.input(), run.partitions());
        Outputs.write(spark, lines.mapPartitions(new LineReplayer<>(settings.rules(), run.tally, null, VisitEmitter.rows())), settings);
        return run.finish(List.of(), 0, sampled -> {
            Set<Long> onlyLines = sampled.stream().map(RunPlace::index).collect(Collectors.toCollection(HashSet::new));
            return lines.mapPartitions(new LineReplayer<>(settings.rules(), null, onlyLines, changedVisits(sampled))).collect();
        });
    }

    static JobRun backtest(SparkSession spark, JobSettings settings) {
        Run run = Run.start(spark, settings);
        JavaRDD<JournalRecord> records = JournalRecord.read(spark, settings.input(), settings.format(), run.partitions())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Broadcast<Set<Long>> duplicates = run.context.broadcast(duplicateVisitLines(records));
            JavaRDD<JournalRecord> checked = records.map(record ->
                    record.ok() && record.visitId() != null && duplicates.value().contains(record.line()) ? record.asDuplicate() : record);
            JavaRDD<JournalRecord> skipped = checked.filter(record -> !record.ok());
            long skippedCount = skipped.count();
            List<RunTally.Report> skippedFirst = skipped.takeOrdered(RunTally.KEPT, new ByLine()).stream()
                    .map(record -> new RunTally.Report(record.line(), "skipped " + record.problem())).toList();
            JavaRDD<JournalRecord> events = checked.filter(JournalRecord::ok);
            if (events.isEmpty()) {
                Outputs.write(spark, run.context.emptyRDD(), settings);
                return run.finish(skippedFirst, skippedCount, sampled -> List.of());
            }
            // The journal's last day decides which commitments have an outcome yet, for every customer alike.
            LocalDate end = LocalDate.ofEpochDay(events.map(JournalRecord::epochDay).reduce(Math::max));
            JavaPairRDD<CustomerKey, JournalRecord> byCustomer = events
                    .mapToPair(record -> new Tuple2<>(new CustomerKey(record.customer(), record.line()), record))
                    .repartitionAndSortWithinPartitions(new CustomerKey.ByCustomer(run.partitions()));
            Outputs.write(spark, byCustomer.mapPartitions(
                    new CustomerReplayer<>(settings.rules(), end, run.tally, null, VisitEmitter.rows())), settings);
            return run.finish(skippedFirst, skippedCount, sampled -> {
                Set<String> customers = sampled.stream().map(RunPlace::customer).collect(Collectors.toCollection(HashSet::new));
                return byCustomer.mapPartitions(new CustomerReplayer<>(settings.rules(), end, null, customers,
                        changedVisits(sampled))).collect();
            });
        } finally {
            records.unpersist(false);
        }
    }

    /** The lines of visits whose id an earlier line already used: a single-machine run skips them too. */
    private static Set<Long> duplicateVisitLines(JavaRDD<JournalRecord> records) {
        return new HashSet<>(records.filter(record -> record.ok() && record.visitId() != null)
                .mapToPair(record -> new Tuple2<>(record.visitId(), record.line()))
                .groupByKey()
                .flatMap(visit -> {
                    List<Long> lines = new ArrayList<>();
                    visit._2().forEach(lines::add);
                    lines.sort(null);
                    return lines.subList(1, lines.size()).iterator();
                })
                .collect());
    }

    /** The sampled changed visits, as the comparison shows them, written as JSON to travel to the driver. */
    private static VisitEmitter<String> changedVisits(List<RunPlace> sampled) {
        Set<RunPlace> wanted = new HashSet<>(sampled);
        return (place, replayed) -> {
            if (!wanted.contains(place)) {
                return null;
            }
            try {
                return Engines.json().mapper().writeValueAsString(ChallengerComparison.changedVisit(replayed.visit()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static final class ByLine implements Comparator<JournalRecord>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(JournalRecord a, JournalRecord b) {
            return Long.compare(a.line(), b.line());
        }
    }

    /** Re-runs the sampled visits and hands back each as JSON. */
    @FunctionalInterface
    private interface SampleRun {
        List<String> changedVisits(List<RunPlace> sampled);
    }

    /** One job's run on the driver: its engines, its tally, and what it comes to. */
    private static final class Run {
        private final JavaSparkContext context;
        private final JobSettings settings;
        private final RuleSets engines;
        private final RunAccumulator tally;

        private Run(JavaSparkContext context, JobSettings settings, RuleSets engines, RunAccumulator tally) {
            this.context = context;
            this.settings = settings;
            this.engines = engines;
            this.tally = tally;
        }

        /** Ships the rules and compiles them on the driver first: rules that do not compile stop the job before it starts. */
        static Run start(SparkSession spark, JobSettings settings) {
            Rules rules = settings.rules();
            rules.champion().ship(spark.sparkContext());
            if (rules.hasChallenger()) {
                rules.challenger().ship(spark.sparkContext());
            }
            RuleSets engines = Engines.of(rules);
            RunAccumulator tally = new RunAccumulator(new RunTally(new ReplayResults(engines, 0)));
            spark.sparkContext().register(tally, "excuse-engine replay");
            return new Run(JavaSparkContext.fromSparkContext(spark.sparkContext()), settings, engines, tally);
        }

        int partitions() {
            return settings.partitions() > 0 ? settings.partitions() : context.defaultParallelism();
        }

        JobRun finish(List<RunTally.Report> skippedBefore, long skippedBeforeCount, SampleRun sampleRun) {
            RunTally parts = tally.value();
            ReplayResults results = new ReplayResults(engines, 0);
            results.merge(parts.results());
            ReplayMetrics metrics = results.metrics();
            if (metrics.comparison() != null) {
                metrics = new ReplayMetrics(metrics.champion(), metrics.challenger(),
                        withSample(metrics.comparison(), parts.changedInRunOrder(), sampleRun));
            }
            List<RunTally.Report> skipped = new ArrayList<>(skippedBefore);
            skipped.addAll(parts.skipped());
            skipped.sort(Comparator.comparingLong(RunTally.Report::line));
            return new JobRun(results.summary(), metrics, results.unmetExpectations(), parts.unmet(),
                    skippedBeforeCount + parts.skippedCount(), skipped.subList(0, Math.min(RunTally.KEPT, skipped.size())));
        }

        /** The comparison with its sample: the same changed visits the single-machine run's draw keeps. */
        private ComparisonReport withSample(ComparisonReport counted, List<RunPlace> changed, SampleRun sampleRun) {
            List<RunPlace> sampled = ChallengerComparison.sampledPositions(changed.size(), settings.sample()).stream()
                    .map(position -> changed.get((int) (position - 1))).toList();
            List<ComparisonReport.ChangedVisit> sample = new ArrayList<>();
            if (!sampled.isEmpty()) {
                ObjectMapper mapper = Engines.json().mapper();
                for (String json : sampleRun.changedVisits(sampled)) {
                    try {
                        sample.add(mapper.readValue(json, ComparisonReport.ChangedVisit.class));
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            sample.sort(Comparator.comparingLong(ComparisonReport.ChangedVisit::line));
            return new ComparisonReport(counted.compared(), counted.onlyOneAssessed(), counted.changed(),
                    counted.verdictChanged(), counted.verdictChanges(), counted.escalationRaised(),
                    counted.escalationLowered(), counted.escalationChanges(), sample);
        }
    }
}
