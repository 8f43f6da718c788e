package org.excuseengine.engine;

import java.time.Instant;
import java.util.List;

/**
 * What rules an engine is serving: their version (a digest of the rules folder), when they were
 * loaded, their files, how many reloads succeeded and failed, and the problems of the last reload
 * if it failed (empty once a later one succeeds).
 *
 * @param inService      false when no rules serve: the only version loaded was taken out of service
 * @param lastWithdrawal the last version taken out of service because its rule code did not
 *                       return, and why; null when none was
 */
public record EngineStatus(String rulesVersion, Instant loadedAt, List<String> files, long reloads,
                           long failedReloads, Instant lastFailureAt, List<RuleProblem> lastErrors,
                           boolean inService, Withdrawal lastWithdrawal) {
    /**
     * A rules version taken out of service.
     *
     * @param reason what did not return, for whom to fix it
     * @param thread the thread left running the rule, as named in a thread dump
     */
    public record Withdrawal(String rulesVersion, Instant at, String reason, String thread) {}

    public EngineStatus {
        files = List.copyOf(files);
        lastErrors = List.copyOf(lastErrors);
    }

    /** A status with rules in service and no withdrawal. */
    public EngineStatus(String rulesVersion, Instant loadedAt, List<String> files, long reloads,
                        long failedReloads, Instant lastFailureAt, List<RuleProblem> lastErrors) {
        this(rulesVersion, loadedAt, files, reloads, failedReloads, lastFailureAt, lastErrors, true, null);
    }

    /** True when the rules served are the folder's latest: the last reload did not fail. */
    public boolean upToDate() {
        return lastErrors.isEmpty();
    }
}
