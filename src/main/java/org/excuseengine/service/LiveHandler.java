package org.excuseengine.service;

import java.io.IOException;
import org.excuseengine.engine.ExcuseEngine;

/**
 * {@code GET /livez}: 200 {@code {"status": "UP", "version": …}} whenever the process answers HTTP at all. An
 * orchestrator restarts the process when this fails; rules that are loading, broken or out of
 * service are not a reason to (that is {@code /readyz}).
 */
final class LiveHandler implements Router.Endpoint {
    @Override
    public void handle(Exchange exchange) throws IOException {
        exchange.sendJson(200, new HealthHandler.Health("UP", ExcuseEngine.version()));
    }
}
