package org.excuseengine.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request admitted goes through here once its body has arrived: authenticated, routed by exact
 * path and method (404 and 405 otherwise), handled, timed. Whatever goes wrong ends as a problem
 * answer; a stack trace goes to the log, never to the caller.
 */
final class Router extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    /** The route label for requests that matched no route, so unknown paths never become labels. */
    static final String UNMATCHED = "unmatched";
    static final String HEALTH = "/healthz";
    static final String LIVE = "/livez";
    static final String READY = "/readyz";
    /** The probes: no token needed, so that load balancers and orchestrators can call them. */
    private static final Set<String> PROBES = Set.of(HEALTH, LIVE, READY);
    /**
     * Paths served without a token besides the probes: the page and its files, which hold no
     * data of anyone's. A browser cannot add a bearer token to a page it navigates to; the page's
     * script sends the token the user types with every API call.
     */
    private final Set<String> open = new HashSet<>(PROBES);
    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");
    /**
     * How much of a refused request's body is read and dropped so the client hears the refusal;
     * a client that sends more than this past a refusal may see its connection reset instead.
     */
    static final long UNREAD_BODY_DISCARD_BYTES = 16L * 1024 * 1024;

    /** What answers one route. */
    interface Endpoint {
        void handle(Exchange exchange) throws IOException;
    }

    private final Map<String, Map<String, Endpoint>> routes = new LinkedHashMap<>();
    private final BearerAuth auth;
    private final ServiceMetrics metrics;
    private final ObjectMapper mapper;
    private final long minBytesPerSecond;

    /** @param auth null when no token is required */
    Router(BearerAuth auth, ServiceMetrics metrics, ObjectMapper mapper, long minBytesPerSecond) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.auth = auth;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    Router route(String method, String path, Endpoint endpoint) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, endpoint);
        return this;
    }

    /** A route served without a token, for files that hold no one's data. */
    Router openRoute(String method, String path, Endpoint endpoint) {
        open.add(path);
        return route(method, path, endpoint);
    }

    /** The routes served, as "METHOD path". */
    List<String> routes() {
        return routes.entrySet().stream()
                .flatMap(route -> allowed(route.getValue()).stream().map(method -> method + " " + route.getKey()))
                .toList();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        ArrivalDeadline.stopWatching(request);
        Exchange exchange = new Exchange(request, response, mapper, minBytesPerSecond);
        String route = UNMATCHED;
        Throwable broken = null;
        try {
            Map<String, Endpoint> atPath = routes.get(exchange.path());
            if (auth != null && !open.contains(exchange.path())) {
                auth.check(exchange.header("Authorization"));
            }
            if (atPath == null) {
                throw new ProblemException(Problem.notFound(exchange.path()));
            }
            route = exchange.path();
            Endpoint endpoint = endpoint(atPath, exchange.method());
            if (endpoint == null) {
                List<String> allowed = allowed(atPath);
                throw new ProblemException(Problem.methodNotAllowed(exchange.method(), allowed),
                        Map.of("Allow", String.join(", ", allowed)));
            }
            endpoint.handle(exchange);
        } catch (ProblemException e) {
            broken = answer(exchange, e.problem(), e.headers());
        } catch (IOException e) {
            // The caller went away, sent too slowly, or the connection broke: no one is left to answer.
            LOG.debug("{} {}: connection failed", exchange.method(), exchange.path(), e);
            broken = e;
        } catch (OutOfMemoryError e) {
            // A rule (or a visit) that needs more memory than there is: this request fails, the
            // memory it held is garbage now, and the service answers the next one.
            LOG.error("{} {}: out of memory", exchange.method(), exchange.path(), e);
            metrics.error(ServiceMetrics.ASSESSMENT_FAILED);
            broken = answer(exchange, Problem.outOfMemory(), Map.of("Retry-After", "5"));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.method(), exchange.path(), e);
            metrics.error(ServiceMetrics.INTERNAL);
            broken = answer(exchange, Problem.internal(), Map.of());
        } finally {
            metrics.request(route, methodLabel(exchange.method()), exchange.status(), System.nanoTime() - start);
        }
        if (broken == null) {
            callback.succeeded();
        } else {
            // An answer that cannot be completed is aborted, so that a cut-short body never looks whole.
            callback.failed(broken);
        }
        return true;
    }

    /** The endpoint for {@code method}, or null; HEAD is answered by GET's (the body is left out). */
    private static Endpoint endpoint(Map<String, Endpoint> atPath, String method) {
        Endpoint endpoint = atPath.get(method);
        return endpoint == null && "HEAD".equals(method) ? atPath.get("GET") : endpoint;
    }

    private static List<String> allowed(Map<String, Endpoint> atPath) {
        List<String> allowed = new ArrayList<>(atPath.keySet());
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    /** The method as a metric label: any other than the standard ones is "OTHER", so callers cannot grow the label set. */
    private static String methodLabel(String method) {
        return STANDARD_METHODS.contains(method) ? method : "OTHER";
    }

    /** While shutting down: 503, and the connection closes so the client reconnects elsewhere. */
    boolean refuse(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Exchange exchange = new Exchange(request, response, mapper, minBytesPerSecond);
        Throwable broken = answer(exchange, Problem.shuttingDown(), Map.of("Connection", "close"));
        metrics.request(UNMATCHED, methodLabel(exchange.method()), exchange.status(), System.nanoTime() - start);
        if (broken == null) {
            callback.succeeded();
        } else {
            callback.failed(broken);
        }
        return true;
    }

    /** Sends {@code problem}; returns what keeps the answer from being whole, or null when it was sent. */
    private static Throwable answer(Exchange exchange, Problem problem, Map<String, String> headers) {
        try {
            exchange.discardBody(UNREAD_BODY_DISCARD_BYTES);
            if (!exchange.sendProblem(problem, headers)) {
                LOG.warn("{} {}: {} after the answer had begun; the answer is cut short",
                        exchange.method(), exchange.path(), problem.detail());
                return new IOException("answer cut short: " + problem.detail());
            }
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} {}: cannot send the problem answer", exchange.method(), exchange.path(), e);
            return e;
        }
    }
}
