package org.excuseengine.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request goes through here: refused while shutting down, authenticated, routed by exact
 * path and method (404 and 405 otherwise), handled, timed. Whatever goes wrong ends as a problem
 * answer; a stack trace goes to the log, never to the caller.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    /** The route label for requests that matched no route, so unknown paths never become labels. */
    static final String UNMATCHED = "unmatched";
    static final String HEALTH = "/healthz";
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
    private final InFlight inFlight;
    private final ServiceMetrics metrics;
    private final ObjectMapper mapper;

    /** @param auth null when no token is required */
    Router(BearerAuth auth, InFlight inFlight, ServiceMetrics metrics, ObjectMapper mapper) {
        this.auth = auth;
        this.inFlight = inFlight;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    Router route(String method, String path, Endpoint endpoint) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, endpoint);
        return this;
    }

    /** The routes served, as "METHOD path". */
    List<String> routes() {
        return routes.entrySet().stream()
                .flatMap(route -> route.getValue().keySet().stream().map(method -> method + " " + route.getKey()))
                .toList();
    }

    @Override
    public void handle(HttpExchange http) {
        long start = System.nanoTime();
        Exchange exchange = new Exchange(http, mapper);
        if (!inFlight.tryEnter()) {
            refuse(exchange);
            return;
        }
        String route = UNMATCHED;
        try {
            Map<String, Endpoint> atPath = routes.get(exchange.path());
            if (auth != null && !HEALTH.equals(exchange.path())) {
                auth.check(exchange.header("Authorization"));
            }
            if (atPath == null) {
                throw new ProblemException(Problem.notFound(exchange.path()));
            }
            route = exchange.path();
            Endpoint endpoint = atPath.get(exchange.method());
            if (endpoint == null) {
                List<String> allowed = List.copyOf(atPath.keySet());
                throw new ProblemException(Problem.methodNotAllowed(exchange.method(), allowed),
                        Map.of("Allow", String.join(", ", allowed)));
            }
            endpoint.handle(exchange);
        } catch (ProblemException e) {
            answer(exchange, e.problem(), e.headers());
        } catch (IOException e) {
            // The caller went away or the connection broke: there is no one left to answer.
            LOG.debug("{} {}: connection failed", exchange.method(), exchange.path(), e);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.method(), exchange.path(), e);
            metrics.error(ServiceMetrics.INTERNAL);
            answer(exchange, Problem.internal(), Map.of());
        } finally {
            exchange.close();
            metrics.request(route, methodLabel(exchange.method()), exchange.status(), System.nanoTime() - start);
            inFlight.exit();
        }
    }

    /** The method as a metric label: any other than the standard ones is "OTHER", so callers cannot grow the label set. */
    private static String methodLabel(String method) {
        return STANDARD_METHODS.contains(method) ? method : "OTHER";
    }

    /** While shutting down: 503, and the connection closes so the client reconnects elsewhere. */
    private void refuse(Exchange exchange) {
        answer(exchange, Problem.shuttingDown(), Map.of("Connection", "close"));
        exchange.close();
    }

    private static void answer(Exchange exchange, Problem problem, Map<String, String> headers) {
        try {
            // First: the JDK server stops reading the request once the answer is sent.
            exchange.discardBody(UNREAD_BODY_DISCARD_BYTES);
            if (!exchange.sendProblem(problem, headers)) {
                LOG.warn("{} {}: {} after the answer had begun; the answer is cut short",
                        exchange.method(), exchange.path(), problem.detail());
            }
        } catch (IOException e) {
            LOG.debug("{} {}: cannot send the problem answer", exchange.method(), exchange.path(), e);
        }
    }
}
