package org.excuseengine.service;

import static org.excuseengine.service.EndpointsTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.engine.RuleCompilationException;
import org.excuseengine.engine.RuleProblem;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Start-up before the rules are in, rules that fail to load, and a graceful close. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleTest {
    private static final CountDownLatch rulesMayLoad = new CountDownLatch(1);
    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(TestServer.config().build(), () -> {
            rulesMayLoad.await();
            return ExcuseEngine.builder(SharedEngine.RULES).build();
        });
    }

    @AfterAll
    static void stop() {
        rulesMayLoad.countDown();
        server.close();
    }

    @Test
    @Order(1)
    void answers503UntilTheRulesAreLoaded() throws Exception {
        HttpResponse<String> health = server.send(server.anonymous("/healthz").GET());
        assertEquals(503, health.statusCode());
        assertEquals("{\"status\":\"STARTING\",\"version\":\"" + org.excuseengine.engine.ExcuseEngine.version() + "\"}", health.body());
        HttpResponse<String> assessment = server.post("/v1/assessments", "application/json", Samples.visit());
        assertEquals(Problem.RULES_NOT_LOADED, assertProblem(503, assessment).path("type").asText());
        assertEquals("5", assessment.headers().firstValue("Retry-After").orElseThrow());
        assertProblem(503, server.post("/v1/assessments:batch", "application/x-ndjson", Samples.visit().replace("\n", "")));
        assertProblem(503, server.post("/v1/categorize", "application/json", "{\"text\": \"cash is tight\"}"));
        assertProblem(503, server.get("/v1/rules"));
        assertEquals(200, server.get("/metrics").statusCode());

        rulesMayLoad.countDown();
        server.engine();
        assertEquals(200, server.send(server.anonymous("/healthz").GET()).statusCode());
        assertEquals(200, server.post("/v1/assessments", "application/json", Samples.visit()).statusCode());
    }

    @Test
    @Order(2)
    void closeLetsRequestsInFlightFinishAndRefusesNewOnes() throws Exception {
        rulesMayLoad.countDown();
        server.engine();
        List<String> visits = Samples.exampleLines().subList(0, 6);
        byte[] firstHalf = lines(visits.subList(0, 3));
        byte[] secondHalf = lines(visits.subList(3, 6));
        // HttpURLConnection in streaming mode sends what is flushed at once; the JDK's HttpClient
        // may hold back a body read from a blocking stream, which would leave nothing in flight.
        HttpURLConnection batch = (HttpURLConnection) server.uri("/v1/assessments:batch").toURL().openConnection();
        batch.setRequestMethod("POST");
        batch.setDoOutput(true);
        batch.setFixedLengthStreamingMode(firstHalf.length + secondHalf.length);
        batch.setRequestProperty("Content-Type", "application/x-ndjson");
        batch.setRequestProperty("Authorization", "Bearer " + TestServer.TOKEN);
        OutputStream upload = batch.getOutputStream();
        upload.write(firstHalf);
        upload.flush();
        awaitTrue(() -> server.service.requestsInFlight() == 1);

        Thread closer = new Thread(server.service::close, "closer");
        closer.start();
        awaitTrue(() -> refusedAsShuttingDown());
        assertTrue(closer.isAlive(), "close() waits for the batch in flight");

        upload.write(secondHalf);
        upload.close();
        assertEquals(200, batch.getResponseCode());
        String answered = new String(batch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(6, answered.lines().filter(line -> line.contains("\"verdict\"")).count(), answered);

        closer.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(closer.isAlive());
        assertThrows(IOException.class, () -> server.send(server.anonymous("/healthz").GET()));
    }

    @Test
    void rulesThatCannotBeLoadedLeaveTheServiceDownSayingWhy() throws Exception {
        RuleCompilationException broken = new RuleCompilationException(
                List.of(RuleProblem.error("verdict.drl", 12, 5, "no viable alternative at input 'then'")));
        try (TestServer failed = TestServer.start(TestServer.config().build(), () -> {
            throw broken;
        })) {
            assertThrows(RuleCompilationException.class, failed.service::awaitRules);
            HttpResponse<String> health = failed.send(failed.anonymous("/healthz").GET());
            assertEquals(503, health.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"version\":\"" + org.excuseengine.engine.ExcuseEngine.version() + "\"}", health.body());
            HttpResponse<String> assessment = failed.post("/v1/assessments", "application/json", Samples.visit());
            assertTrue(assertProblem(503, assessment).path("detail").asText().contains("verdict.drl:12:5"));
            assertTrue(assessment.headers().firstValue("Retry-After").isEmpty());
        }
    }

    private static boolean refusedAsShuttingDown() {
        try {
            HttpResponse<String> response = server.send(server.anonymous("/healthz").GET());
            return response.statusCode() == 503 && response.body().contains(Problem.SHUTTING_DOWN);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static byte[] lines(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(20);
        }
    }
}
