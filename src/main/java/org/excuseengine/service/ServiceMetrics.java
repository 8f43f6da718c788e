package org.excuseengine.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.excuseengine.engine.EngineStatus;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.text.Classification;

/**
 * What the service counts, in Prometheus names:
 * <ul>
 * <li>{@code excuse_engine_http_requests_seconds} (histogram): every request by route, method and status;</li>
 * <li>{@code excuse_engine_assessment_seconds} (histogram): the engine's time per visit;</li>
 * <li>{@code excuse_engine_assessments_total} by visit verdict, and
 *     {@code excuse_engine_excuses_total} by category and verdict;</li>
 * <li>{@code excuse_engine_categorized_total} by category, for {@code /v1/categorize};</li>
 * <li>{@code excuse_engine_errors_total} by kind: {@code invalid_visit}, {@code assessment_failed}, {@code internal};</li>
 * <li>{@code excuse_engine_rules_reloads_total} by result, and the time the rules in service were loaded;</li>
 * <li>requests in flight, and the usual JVM memory, thread, CPU and uptime gauges.</li>
 * </ul>
 * Routes are the documented paths (or {@code unmatched}), so no caller can grow the label set.
 */
final class ServiceMetrics {
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;
    static final String INVALID_VISIT = "invalid_visit";
    static final String ASSESSMENT_FAILED = "assessment_failed";
    static final String INTERNAL = "internal";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer assessmentTime;

    ServiceMetrics(EngineSlot engine, InFlight inFlight) {
        assessmentTime = histogram(Timer.builder("excuse.engine.assessment")
                .description("Time the engine took to assess one visit"))
                .register(registry);
        reloads(engine, "ok", EngineStatus::reloads);
        reloads(engine, "failed", EngineStatus::failedReloads);
        Gauge.builder("excuse.engine.rules.loaded.time", engine,
                        slot -> slot.current().map(e -> e.status().loadedAt().toEpochMilli() / 1000.0).orElse(0.0))
                .description("When the rules in service were loaded (seconds since the epoch; 0 before the first load)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("excuse.engine.build.info", () -> 1)
                .description("The version of Excuse Engine that serves (always 1, the version is the tag)")
                .tag("version", ExcuseEngine.version())
                .register(registry);
        Gauge.builder("excuse.engine.http.in.flight", inFlight, InFlight::count)
                .description("Requests being handled")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    void request(String route, String method, int status, long nanos) {
        histogram(Timer.builder("excuse.engine.http.requests")
                .description("HTTP requests by route, method and status")
                .tag("route", route)
                .tag("method", method)
                .tag("status", Integer.toString(status)))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void assessed(Assessment assessment, long nanos) {
        assessmentTime.record(nanos, TimeUnit.NANOSECONDS);
        counter("excuse.engine.assessments", "Visits assessed, by the visit's verdict",
                "verdict", assessment.verdict().name()).increment();
        for (ExcuseAssessment excuse : assessment.excuses()) {
            Counter.builder("excuse.engine.excuses")
                    .description("Excuses judged, by category and verdict")
                    .tag("category", excuse.category().name())
                    .tag("verdict", excuse.verdict().name())
                    .register(registry)
                    .increment();
        }
    }

    void categorized(Classification classification) {
        counter("excuse.engine.categorized", "Excuses found by /v1/categorize, by category",
                "category", classification.category().name()).increment();
    }

    /** A visit or request the engine could not answer; {@code kind} is one of the constants above. */
    void error(String kind) {
        counter("excuse.engine.errors", "Visits and requests that failed, by kind", "kind", kind).increment();
    }

    String scrape() {
        return registry.scrape();
    }

    void close() {
        registry.close();
    }

    private Counter counter(String name, String description, String tag, String value) {
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }

    private void reloads(EngineSlot engine, String result, ToDoubleFunction<EngineStatus> count) {
        FunctionCounter.builder("excuse.engine.rules.reloads", engine,
                        slot -> slot.current().map(e -> count.applyAsDouble(e.status())).orElse(0.0))
                .description("Rule reloads since start, by result")
                .tag("result", result)
                .register(registry);
    }

    /** Latency buckets from 1 ms to 30 s: wide enough for one visit and for a large batch. */
    private static Timer.Builder histogram(Timer.Builder timer) {
        return timer.publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30));
    }
}
