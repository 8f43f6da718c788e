package org.excuseengine.spark;

import java.util.List;
import org.excuseengine.replay.ReplayMetrics;
import org.excuseengine.replay.ReplaySummary;

/**
 * What a job found, gathered on the driver: the summary and metrics of the library, the unmet
 * expectations and skipped events (up to {@link RunTally#KEPT} of each, in line order) and their counts.
 */
record JobRun(ReplaySummary summary, ReplayMetrics metrics, long unmetExpectations, List<RunTally.Report> unmet,
              long skippedEvents, List<RunTally.Report> skipped) {}
