package org.excuseengine.spark;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.excuseengine.replay.MetricsTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job jar's entry point, for spark-submit: {@code replay} or {@code backtest}, with the options
 * of the single-machine commands where they mean the same thing. The summary, the metrics tables and
 * the first skipped events and unmet expectations go to the driver's standard error.
 */
@Command(name = "excuse-engine-spark", mixinStandardHelpOptions = true,
        subcommands = {SparkJobs.Replay.class, SparkJobs.Backtest.class},
        description = "Replay snapshot visits or backtest an event journal on Apache Spark.")
public final class SparkJobs {
    static final int OK = 0;
    static final int REJECTED = 3;
    static final int EXPECTATIONS_NOT_MET = 4;

    public static void main(String[] args) {
        int code = new CommandLine(new SparkJobs()).execute(args);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** The options both jobs share. */
    abstract static class JobCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INPUT", description = "Any path Spark reads: a file, a folder, a glob.")
        String input;

        @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
                description = "The rules folder: on HDFS or an object store (shipped to every executor), unpacked on every node by --archives, or local with a local master (default: ${DEFAULT-VALUE}).")
        String rules;

        @Option(names = "--challenger", paramLabel = "DIR", description = "A second rules folder run on the same history and compared.")
        String challenger;

        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
                description = "Rebuttal language when the excuse text does not tell (default: ${DEFAULT-VALUE}).")
        String lang;

        @Option(names = "--format", paramLabel = "FORMAT", description = "JSONL, CSV or PARQUET, when the path's extension does not tell.")
        InputFormat format;

        @Option(names = "--out", paramLabel = "DIR", description = "Where to write the assessments, as a folder of part files.")
        String output;

        @Option(names = "--out-format", paramLabel = "FORMAT", defaultValue = "JSONL",
                description = "JSONL (one assessment or error record a line) or PARQUET (with line, visitId, customer) (default: ${DEFAULT-VALUE}).")
        JobSettings.OutputFormat outputFormat;

        @Option(names = "--metrics", paramLabel = "FILE.json", description = "Write the metrics as JSON, to any path Spark writes.")
        String metrics;

        @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
                description = "Partitions to replay in (default: Spark's default parallelism).")
        int partitions;

        @Option(names = "--sample", paramLabel = "N", defaultValue = "5",
                description = "How many changed visits to show from a champion/challenger run (default: ${DEFAULT-VALUE}).")
        int sample;

        abstract JobRun run(SparkSession spark, JobSettings settings);

        @Override
        public Integer call() throws IOException {
            Rules ruleSets = new Rules(RulesLocation.of(rules), challenger == null ? null : RulesLocation.of(challenger), lang);
            JobSettings settings = new JobSettings(input, format != null ? format : InputFormat.of(input), ruleSets,
                    output, outputFormat, partitions, sample);
            SparkSession spark = SparkSession.builder().appName("excuse-engine " + getClass().getSimpleName().toLowerCase()).getOrCreate();
            try {
                JobRun run = run(spark, settings);
                PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
                int code = report(run, err);
                if (metrics != null) {
                    writeMetrics(spark, run);
                }
                return code;
            } finally {
                spark.stop();
            }
        }

        private void writeMetrics(SparkSession spark, JobRun run) throws IOException {
            Path path = new Path(metrics);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(path, true)) {
                Engines.json().mapper().copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, run.metrics());
            }
        }
    }

    /** Prints what the run found and gives its exit code, as the single-machine commands do. */
    static int report(JobRun run, PrintWriter err) {
        run.skipped().forEach(report -> err.println(report.text()));
        if (run.skippedEvents() > run.skipped().size()) {
            err.printf("... %,d skipped in all%n", run.skippedEvents());
        }
        run.unmet().forEach(report -> err.println(report.text()));
        run.summary().print(err);
        MetricsTable.print(run.metrics(), err);
        if (run.unmetExpectations() > 0) {
            err.printf("%n%,d visit(s) did not meet their expectation%n", run.unmetExpectations());
            err.flush();
            return EXPECTATIONS_NOT_MET;
        }
        err.flush();
        return run.summary().rejected() > 0 || run.skippedEvents() > 0 ? REJECTED : OK;
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Snapshot visits (the contract's JSON, one a line; or Parquet rows of the same shape) in, one assessment out for each, in input order.")
    static final class Replay extends JobCommand {
        @Override
        JobRun run(SparkSession spark, JobSettings settings) {
            return ReplayJobs.replay(spark, settings);
        }
    }

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = "An event journal (JSONL, CSV with a header, or Parquet) in, partitioned by customer, each customer's visits replayed in time order.")
    static final class Backtest extends JobCommand {
        @Override
        JobRun run(SparkSession spark, JobSettings settings) {
            return ReplayJobs.backtest(spark, settings);
        }
    }
}
