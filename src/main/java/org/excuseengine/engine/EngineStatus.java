package org.excuseengine.engine;

import java.time.Instant;
import java.util.List;

/**
 * What rules an engine is serving: their version (a digest of the rules folder), when they were
 * loaded, their files, how many reloads succeeded and failed, and the problems of the last reload
 * if it failed (empty once a later one succeeds).
 */
public record EngineStatus(String rulesVersion, Instant loadedAt, List<String> files, long reloads,
                           long failedReloads, Instant lastFailureAt, List<RuleProblem> lastErrors) {
    public EngineStatus {
        files = List.copyOf(files);
        lastErrors = List.copyOf(lastErrors);
    }

    /** True when the rules served are the folder's latest: the last reload did not fail. */
    public boolean upToDate() {
        return lastErrors.isEmpty();
    }
}
