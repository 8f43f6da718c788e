package org.excuseengine.service;

import java.io.IOException;
import org.excuseengine.engine.EngineStatus;

/**
 * {@code GET /readyz}: whether to send this process visits. 200 {@code {"status": "READY"}} when
 * rules are in service; 503 otherwise, with the status ({@code STARTING}, {@code DOWN},
 * {@code OUT_OF_SERVICE}) and the reason. A version whose rule code did not return is taken out of
 * service: while an older one serves again the service is ready, and the reason stays visible.
 */
final class ReadyHandler implements Router.Endpoint {
    /** @param reason why not ready, or the last version withdrawn while ready; null when there is nothing to say */
    record Readiness(String status, String rulesVersion, String reason) {}

    private final EngineSlot engines;

    ReadyHandler(EngineSlot engines) {
        this.engines = engines;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (engines.current().isEmpty()) {
            exchange.sendJson(503, new Readiness(engines.failed() ? "DOWN" : "STARTING", null,
                    engines.failed() ? engines.whyNotLoaded() : "the rules are loading"));
            return;
        }
        EngineStatus status = engines.current().get().status();
        String withdrawn = status.lastWithdrawal() == null ? null : status.lastWithdrawal().reason();
        if (!status.inService()) {
            exchange.sendJson(503, new Readiness("OUT_OF_SERVICE", null, withdrawn));
        } else {
            exchange.sendJson(200, new Readiness("READY", status.rulesVersion(), withdrawn));
        }
    }
}
