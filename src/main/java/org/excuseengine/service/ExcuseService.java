package org.excuseengine.service;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Excuse Engine over HTTP, for CRMs that cannot embed a Java library: the contract's JSON in and
 * out, on the JDK's own HTTP server with a bounded pool of threads.
 *
 * <pre>{@code
 * try (ExcuseService service = ExcuseService.start(ServiceConfig.builder().port(8080).build(),
 *         () -> ExcuseEngine.builder(Path.of("rules")).watchRules(true).build())) {
 *     service.awaitRules();      // the port is open at once; the rules take seconds to compile
 *     service.awaitClosed();     // until close(), e.g. from a shutdown hook
 * }
 * }</pre>
 *
 * <p>The routes are documented in {@code openapi.yaml}. {@link #close()} shuts down gracefully:
 * new requests are refused with 503, requests in flight finish (up to the drain timeout), then the
 * port closes and the engine with it.
 */
public final class ExcuseService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExcuseService.class);

    private final ServiceConfig config;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final EngineSlot engines;
    private final InFlight inFlight;
    private final ServiceMetrics metrics;
    private final Router router;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private ExcuseService(ServiceConfig config, HttpServer server, ThreadPoolExecutor executor, EngineSlot engines,
                          InFlight inFlight, ServiceMetrics metrics, Router router) {
        this.config = config;
        this.server = server;
        this.executor = executor;
        this.engines = engines;
        this.inFlight = inFlight;
        this.metrics = metrics;
        this.router = router;
    }

    /**
     * Opens the port, then loads the engine in the background; until it is loaded, the routes that
     * need it answer 503. The service owns the engine and closes it on {@link #close()}.
     *
     * @param loader builds the engine, typically with {@code watchRules(true)}
     * @throws IOException when the port cannot be opened
     */
    public static ExcuseService start(ServiceConfig config, Callable<ExcuseEngine> loader) throws IOException {
        ContractJson json = new ContractJson();
        EngineSlot engines = new EngineSlot();
        InFlight inFlight = new InFlight();
        ServiceMetrics metrics = new ServiceMetrics(engines, inFlight);
        VisitAssessor assessor = new VisitAssessor(json, metrics);
        Router router = new Router(config.requiresToken() ? new BearerAuth(config.token()) : null, inFlight, metrics,
                json.mapper())
                .route("POST", "/v1/assessments", new AssessmentHandler(engines, assessor, json, config.maxBodyBytes()))
                .route("POST", "/v1/assessments:batch", new BatchHandler(engines, assessor, json, config, metrics))
                .route("POST", "/v1/categorize", new CategorizeHandler(engines, json.mapper(), metrics,
                        config.maxBodyBytes()))
                .route("GET", "/v1/rules", new RulesHandler(engines))
                .route("GET", Router.HEALTH, new HealthHandler(engines))
                .route("GET", "/metrics", new MetricsHandler(metrics));

        ThreadPoolExecutor executor = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.queueLength()), namedThreads("excuse-engine-http-"));
        HttpServer server = HttpServer.create(config.address(), 0);
        server.createContext("/", router);
        server.setExecutor(executor);
        server.start();
        if (config.token() == null && !config.address().getAddress().isLoopbackAddress()) {
            LOG.warn("serving on {} without a bearer token: anyone who reaches the port can use the engine",
                    config.address());
        }
        engines.loadInBackground(loader, json);
        return new ExcuseService(config, server, executor, engines, inFlight, metrics, router);
    }

    /** Where the service listens, with the port chosen if 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Waits for the rules to load.
     *
     * @return the engine in service
     * @throws RuntimeException the loader's own, e.g. a {@code RuleCompilationException} naming each problem
     */
    public ExcuseEngine awaitRules() throws InterruptedException {
        return engines.await();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** How many requests are being handled now. */
    int requestsInFlight() {
        return inFlight.count();
    }

    /** The routes served, as "METHOD path". */
    List<String> routes() {
        return router.routes();
    }

    /**
     * Refuses new requests (503), lets those in flight finish for up to the drain timeout, then
     * closes the port, the threads and the engine. Safe to call more than once and from a
     * shutdown hook; later calls wait for the first to finish.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        try {
            Duration drain = config.drainTimeout();
            if (!inFlight.closeAndAwait(drain)) {
                LOG.warn("{} request(s) still running after {} s; their connections are closed",
                        inFlight.count(), drain.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
            executor.shutdownNow();
            engines.close();
            metrics.close();
            closed.countDown();
        }
    }

    private void awaitQuietly() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName(prefix + count.incrementAndGet());
            return thread;
        };
    }
}
