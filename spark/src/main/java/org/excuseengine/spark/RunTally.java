package org.excuseengine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.excuseengine.replay.ReplayResults;
import org.excuseengine.replay.ReplayedVisit;

/**
 * What one part of a run found, and, merged, the whole run: the library's own counts and metrics
 * ({@link ReplayResults}), the positions of the visits the challenger changed (to draw the
 * comparison's sample afterwards), the unmet expectations and the skipped events, each kept up to
 * {@link #KEPT} in line order (their counts are exact).
 */
final class RunTally implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int KEPT = 1_000;

    private final ReplayResults results;
    private final List<RunPlace> changed = new ArrayList<>();
    private final List<Report> unmet = new ArrayList<>();
    private final List<Report> skipped = new ArrayList<>();
    private long skippedCount;

    /** A line's report: an unmet expectation or a skipped event, printed as the single-machine run prints it. */
    record Report(long line, String text) implements Serializable {}

    RunTally(ReplayResults results) {
        this.results = results;
    }

    void add(ReplayedVisit visit, RunPlace key) {
        if (results.record(visit)) {
            changed.add(key);
        }
        if (!visit.mismatches().isEmpty()) {
            keep(unmet, new Report(visit.line(), "line " + visit.line() + ", visit " + visit.visitId()
                    + ": expectation not met: " + String.join("; ", visit.mismatches())));
        }
    }

    void skipped(long line, String text) {
        skippedCount++;
        keep(skipped, new Report(line, text));
    }

    void merge(RunTally other) {
        results.merge(other.results);
        changed.addAll(other.changed);
        other.unmet.forEach(report -> keep(unmet, report));
        other.skipped.forEach(report -> keep(skipped, report));
        skippedCount += other.skippedCount;
    }

    private static void keep(List<Report> reports, Report report) {
        reports.add(report);
        if (reports.size() > 2 * KEPT) {
            reports.sort(Comparator.comparingLong(Report::line));
            reports.subList(KEPT, reports.size()).clear();
        }
    }

    ReplayResults results() {
        return results;
    }

    /** The changed visits in the order a single-machine run meets them. */
    List<RunPlace> changedInRunOrder() {
        List<RunPlace> ordered = new ArrayList<>(changed);
        ordered.sort(null);
        return ordered;
    }

    List<Report> unmet() {
        return firstByLine(unmet);
    }

    List<Report> skipped() {
        return firstByLine(skipped);
    }

    long skippedCount() {
        return skippedCount;
    }

    private static List<Report> firstByLine(List<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparingLong(Report::line));
        return ordered.subList(0, Math.min(KEPT, ordered.size()));
    }
}
