package org.excuseengine.engine;

import java.time.Instant;
import java.util.List;

/**
 * What rules an engine is serving: their version (a digest of the rules folder), when they were
 * loaded, their files, and the problems of the last failed reload, if the last attempt failed.
 */
public record EngineStatus(String rulesVersion, Instant loadedAt, List<String> files, Instant lastFailureAt,
                           List<RuleProblem> lastErrors) {
    public EngineStatus {
        files = List.copyOf(files);
        lastErrors = List.copyOf(lastErrors);
    }

    public boolean healthy() {
        return lastErrors.isEmpty();
    }
}
