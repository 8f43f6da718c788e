package org.excuseengine.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Excuse Engine over HTTP, for CRMs that cannot embed a Java library: the contract's JSON in and
 * out, on Jetty (HTTP/1.1, and HTTP/2 in clear text for clients that ask for it) with a bounded
 * pool of threads, idle timeouts and a minimum request data rate against clients that send slowly.
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
    /** Threads Jetty keeps for itself beyond the request handlers: the acceptor and the selectors. */
    private static final int JETTY_OWN_THREADS = 4;
    /** Room beyond the body limit, so that a body just over it is still read whole and refused 413. */
    private static final int EAGER_SLACK_BYTES = 64 * 1024;

    private final ServiceConfig config;
    private final Server server;
    private final ServerConnector connector;
    private final EngineSlot engines;
    private final InFlight inFlight;
    private final ServiceMetrics metrics;
    private final Router router;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private ExcuseService(ServiceConfig config, Server server, ServerConnector connector, EngineSlot engines,
                          InFlight inFlight, ServiceMetrics metrics, Router router) {
        this.config = config;
        this.server = server;
        this.connector = connector;
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
        Router router = new Router(config.requiresToken() ? new BearerAuth(config.token()) : null, metrics,
                json.mapper(), config.minRequestBytesPerSecond())
                .route("POST", "/v1/assessments", new AssessmentHandler(engines, assessor, json, config.maxBodyBytes()))
                .route("POST", "/v1/assessments:batch", new BatchHandler(engines, assessor, json, config, metrics))
                .route("POST", "/v1/categorize", new CategorizeHandler(engines, json.mapper(), metrics,
                        config.maxBodyBytes()))
                .route("GET", "/v1/rules", new RulesHandler(engines))
                .route("GET", Router.HEALTH, new HealthHandler(engines))
                .route("GET", Router.LIVE, new LiveHandler())
                .route("GET", Router.READY, new ReadyHandler(engines))
                .route("GET", "/metrics", new MetricsHandler(metrics))
                .route("POST", "/v1/assessments:explain", new ExplanationHandler(engines, assessor, json,
                        config.maxBodyBytes()))
                .openRoute("GET", "/", PageFile.of("index.html", "text/html; charset=utf-8"))
                .openRoute("GET", "/page/app.js", PageFile.of("app.js", "text/javascript; charset=utf-8"))
                .openRoute("GET", "/page/app.css", PageFile.of("app.css", "text/css; charset=utf-8"))
                .openRoute("GET", "/page/icon.svg", PageFile.of("icon.svg", "image/svg+xml"))
                .openRoute("GET", "/page/examples.json",
                        PageFile.ofText(PageExamples.asJsonArray(json.mapper()), "application/json"));

        Server server = new Server(threadPool(config));
        ServerConnector connector = connector(server, config);
        server.addConnector(connector);
        // A body up to the single-request limit is read by Jetty before a thread is given to it: a
        // client that sends slowly holds a connection (until the arrival deadline), never a thread.
        server.setHandler(new Admission(new ArrivalDeadline(new EagerContentHandler(router,
                new EagerContentHandler.RetainedContentLoaderFactory(config.maxBodyBytes() + EAGER_SLACK_BYTES, 64, false)),
                config.minRequestBytesPerSecond()), inFlight, router));
        server.addBean(new NetworkConnectionLimit(config.maxConnections(), server));
        if (config.accessLog() != null) {
            server.setRequestLog(new JsonAccessLog(config.accessLog(), json.mapper()));
        }
        // close() drains requests itself (answering new ones 503); Jetty's own stop is then immediate.
        server.setStopTimeout(0);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("cannot start the HTTP server on " + config.address() + ": " + e.getMessage(), e);
        }
        if (config.token() == null && !config.address().getAddress().isLoopbackAddress()) {
            LOG.warn("serving on {} without a bearer token: anyone who reaches the port can use the engine",
                    config.address());
        }
        engines.loadInBackground(loader, json);
        return new ExcuseService(config, server, connector, engines, inFlight, metrics, router);
    }

    /** Request handlers, plus the threads Jetty keeps for accepting and selecting. */
    private static QueuedThreadPool threadPool(ServiceConfig config) {
        int max = config.threads() + JETTY_OWN_THREADS;
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(max, 8));
        pool.setName("excuse-engine-http");
        pool.setReservedThreads(0);
        return pool;
    }

    private static ServerConnector connector(Server server, ServiceConfig config) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setIdleTimeout(config.idleTimeout().toMillis());
        // A client that sends its body slower than this is cut off, so it cannot hold a thread for ever.
        http.setMinRequestDataRate(config.minRequestBytesPerSecond());
        ServerConnector connector = new ServerConnector(server, 1, 1,
                new HttpConnectionFactory(http), new HTTP2CServerConnectionFactory(http));
        connector.setHost(config.address().getAddress().getHostAddress());
        connector.setPort(config.address().getPort());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        // Connections the operating system holds before they are accepted; past that, refused.
        connector.setAcceptQueueSize(config.queueLength());
        // Answers go out at once: with Nagle's algorithm, small answers on keep-alive connections
        // wait for the client's delayed acknowledgement, about 40 ms each.
        connector.setAcceptedTcpNoDelay(true);
        return connector;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("cannot stop a server that failed to start", e);
        }
    }

    /** Where the service listens, with the port chosen if 0 was asked for. */
    public InetSocketAddress address() {
        return new InetSocketAddress(config.address().getAddress(), connector.getLocalPort());
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
            stopQuietly(server);
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
}
