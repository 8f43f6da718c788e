package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clients assess realistic visits as fast as the service answers: no request may fail,
 * and every answer must equal the library's own for the same visit. The request count is the
 * system property {@code excuseengine.load.requests} (default {@value #DEFAULT_REQUESTS}, which
 * stays within a minute on a shared two-core machine); docs/service.md reports a 20,000-request run.
 * With {@code -Dexcuseengine.load.light=true} every request carries the light example visit.
 */
class LoadTest {
    private static final int CLIENTS = 16;
    private static final int DEFAULT_REQUESTS = 4_000;

    private final ContractJson json = new ContractJson();
    private final ObjectMapper mapper = json.mapper();

    @Test
    void sixteenClientsGetTheLibrarysAnswerForEveryVisit() throws Exception {
        TestServer server = TestServer.shared();
        ExcuseEngine engine = server.engine();
        List<String> visits = new ArrayList<>();
        List<JsonNode> expected = new ArrayList<>();
        // -Dexcuseengine.load.light=true: the light example visit alone (one excuse, a short history).
        List<String> samples = Boolean.getBoolean("excuseengine.load.light") ? List.of(Samples.visit()) : Samples.manyVisits();
        for (String visit : samples) {
            try {
                expected.add(mapper.readTree(json.write(engine.assess(json.readVisit(visit)))));
                visits.add(visit);
            } catch (AssessmentException | org.excuseengine.json.InvalidVisitException e) {
                // A scenario of a rejected visit: its 400 is tested elsewhere.
            }
        }
        int requests = Integer.getInteger("excuseengine.load.requests", DEFAULT_REQUESTS);
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long[] latencies = new long[requests];

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    int which = i % visits.size();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = server.send(server.request("/v1/assessments")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(visits.get(which))));
                        latencies[i] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            failures.add("request " + i + ": " + response.statusCode() + " " + response.body());
                        } else if (!expected.get(which).equals(mapper.readTree(response.body()))) {
                            failures.add("request " + i + ": differs from the library for visit " + which);
                        }
                    } catch (Exception e) {
                        failures.add("request " + i + ": " + e);
                    }
                }
            }));
        }
        for (Future<?> client : running) {
            client.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();

        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "load: %d requests, %d clients, %d distinct visits in %.1f s: %.0f requests/s;"
                        + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; load average %s%n",
                requests, CLIENTS, visits.size(), seconds, requests / seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.99), latencies[requests - 1] / 1e6, loadAverage());
        assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " request(s) failed");
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
