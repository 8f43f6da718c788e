package org.excuseengine.service;

import java.io.IOException;

/** {@code GET /metrics}: every meter in the Prometheus text format. */
final class MetricsHandler implements Router.Endpoint {
    private final ServiceMetrics metrics;

    MetricsHandler(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        exchange.send(200, ServiceMetrics.CONTENT_TYPE, metrics.scrape());
    }
}
