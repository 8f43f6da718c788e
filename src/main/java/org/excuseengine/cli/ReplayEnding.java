package org.excuseengine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.excuseengine.replay.MetricsTable;
import org.excuseengine.replay.ReplayMetrics;
import org.excuseengine.replay.ReplayResults;
import org.excuseengine.replay.ReplayedVisit;
import org.excuseengine.replay.report.BacktestReport;

/** What {@code replay} and {@code backtest} report once done, and the exit code it comes to. */
final class ReplayEnding {
    private ReplayEnding() {}

    /** Prints every unmet expectation as it comes, naming the line and the visit. */
    static Consumer<ReplayedVisit> mismatchPrinter(PrintWriter err) {
        return visit -> {
            if (!visit.mismatches().isEmpty()) {
                err.printf("line %d, visit %s: expectation not met: %s%n", visit.line(), visit.visitId(),
                        String.join("; ", visit.mismatches()));
            }
        };
    }

    /**
     * Prints the summary and the metrics tables ({@code allTables} false: the headline figures only,
     * and where the rest is), writes the metrics file and the report when asked, and returns the
     * exit code: expectations not met, else some visits or events rejected, else OK. The report is
     * drawn from the same metrics object the file is written from: their figures agree.
     */
    static int finish(PrintWriter err, ReplayResults results, ReplayOptions options, Path input, ObjectMapper mapper,
                      long skippedEvents, boolean allTables) throws IOException {
        Path metricsFile = options.metrics;
        results.summary().print(err);
        ReplayMetrics metrics = results.metrics();
        if (allTables) {
            MetricsTable.print(metrics, err);
        } else {
            MetricsTable.printHeadline(metrics, err);
            err.println(metricsFile != null
                    ? "Every table (by verdict, by rule): --verbose; all the metrics are in " + metricsFile
                    : "Every table (by verdict, by rule): --verbose, or --metrics FILE.json for all the metrics");
        }
        if (metricsFile != null) {
            try (AtomicOutput out = AtomicOutput.to(metricsFile)) {
                mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.writer(), metrics);
                out.commit();
            }
        }
        if (options.report != null) {
            try (AtomicOutput out = AtomicOutput.to(options.report)) {
                new BacktestReport(metrics, input.getFileName().toString()).write(out.writer());
                out.commit();
            }
        }
        if (results.unmetExpectations() > 0) {
            err.printf("%n%,d visit(s) did not meet their expectation%n", results.unmetExpectations());
            err.flush();
            return ExitCodes.EXPECTATIONS_NOT_MET;
        }
        err.flush();
        return results.summary().rejected() > 0 || skippedEvents > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }
}
