package org.excuseengine.service;

import java.io.IOException;
import org.excuseengine.engine.ExcuseEngine;

/**
 * {@code GET /healthz}: 200 {@code {"status": "UP"}} once rules are in service; 503 with
 * {@code STARTING} while they load, {@code DOWN} if they could not be loaded. No token needed, so
 * load balancers and orchestrators can probe it; it tells nothing else but the build's version.
 */
final class HealthHandler implements Router.Endpoint {
    record Health(String status, String version) {}

    private final EngineSlot engines;

    HealthHandler(EngineSlot engines) {
        this.engines = engines;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (engines.current().isPresent()) {
            exchange.sendJson(200, new Health("UP", ExcuseEngine.version()));
        } else {
            exchange.sendJson(503, new Health(engines.failed() ? "DOWN" : "STARTING", ExcuseEngine.version()));
        }
    }
}
