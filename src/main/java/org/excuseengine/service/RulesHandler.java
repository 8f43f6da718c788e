package org.excuseengine.service;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.excuseengine.engine.EngineStatus;
import org.excuseengine.engine.RuleProblem;

/**
 * {@code GET /v1/rules}: which rules are in service (version, load time, files), how many reloads
 * succeeded and failed, and the problems of the last reload if it failed. Read only: the service
 * has no way to upload or change rules; they change in the rules folder, which it watches.
 */
final class RulesHandler implements Router.Endpoint {
    record Rules(String rulesVersion, Instant loadedAt, List<String> files, long reloads, long failedReloads,
                 boolean upToDate, Instant lastFailureAt, List<RuleFileProblem> lastErrors, boolean inService,
                 EngineStatus.Withdrawal lastWithdrawal) {
        static Rules of(EngineStatus status) {
            return new Rules(status.rulesVersion(), status.loadedAt(), status.files(), status.reloads(),
                    status.failedReloads(), status.upToDate(), status.lastFailureAt(),
                    status.lastErrors().stream().map(RuleFileProblem::of).toList(), status.inService(),
                    status.lastWithdrawal());
        }
    }

    /** A problem in a rule file, where an editor would show it. */
    record RuleFileProblem(String file, int line, int column, String severity, String message) {
        static RuleFileProblem of(RuleProblem problem) {
            return new RuleFileProblem(problem.file(), problem.line(), problem.column(), problem.severity().toString(),
                    problem.message());
        }
    }

    private final EngineSlot engines;

    RulesHandler(EngineSlot engines) {
        this.engines = engines;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        exchange.sendJson(200, Rules.of(engines.loadedEngine().status()));
    }
}
