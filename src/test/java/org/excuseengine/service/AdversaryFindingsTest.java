package org.excuseengine.service;

import static org.excuseengine.service.EndpointsTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The smaller findings of an adversary's afternoon with the service, each kept fixed by a scenario. */
class AdversaryFindingsTest {
    private static final ObjectMapper MAPPER = new ContractJson().mapper();
    private static TestServer server;
    private static String visit;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.shared();
        visit = MAPPER.readTree(Samples.visit()).toString(); // on one line
    }

    @Test
    void anUnreadableAcceptLanguageIsIgnoredNotA500() throws Exception {
        HttpResponse<String> one = server.send(server.request("/v1/assessments").header("Content-Type", "application/json")
                .header("Accept-Language", ";").POST(HttpRequest.BodyPublishers.ofString(visit)));
        HttpResponse<String> batch = server.send(server.request("/v1/assessments:batch")
                .header("Content-Type", "application/x-ndjson").header("Accept-Language", ";, zh-TW")
                .POST(HttpRequest.BodyPublishers.ofString(visit + "\n" + visit + "\n")));

        assertEquals(200, one.statusCode(), one.body());
        assertEquals(200, batch.statusCode(), batch.body());
        assertEquals(2, batch.body().lines().filter(line -> line.contains("\"verdict\"")).count(), batch.body());
    }

    @Test
    void contentAfterTheVisitIsRefusedNotIgnored() throws Exception {
        JsonNode problem = assertProblem(400, server.post("/v1/assessments", "application/json", visit + " {\"more\": 1}"));
        assertTrue(problem.path("detail").asText().contains("unexpected content after the visit"), problem.toString());
    }

    @Test
    void recordsSeparatedByCarriageReturnsAloneAreAnsweredEachInItsPlace() throws Exception {
        HttpResponse<String> batch = server.post("/v1/assessments:batch", "application/x-ndjson",
                visit + "\r" + visit + "\r\n" + visit + "\n");

        List<String> answers = batch.body().lines().toList();
        assertEquals(3, answers.size(), batch.body());
        answers.forEach(answer -> assertTrue(answer.contains("\"verdict\""), answer));
    }

    @Test
    void anArrayRecordNestedToTheVisitLimitIsJudgedOnItsOwn() throws Exception {
        String deep = "[".repeat(18) + "]".repeat(18); // the visit's object and "extra" make 20 levels
        String nested = visit.substring(0, visit.length() - 1) + ", \"extra\": " + deep + "}";

        HttpResponse<String> batch = server.post("/v1/assessments:batch", "application/json", "[" + visit + ", " + nested + "]");

        assertEquals(200, batch.statusCode(), batch.body());
        List<String> answers = batch.body().lines().toList();
        assertEquals(2, answers.size(), batch.body());
        assertTrue(answers.get(0).contains("\"verdict\""), answers.get(0));
    }

    @Test
    void headAnswersAsGetWithoutTheBody() throws Exception {
        for (String path : List.of("/healthz", "/livez", "/readyz", "/v1/rules", "/metrics")) {
            HttpResponse<String> get = server.get(path);
            HttpResponse<String> head = server.send(server.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            assertEquals("", head.body(), path);
        }
        // Nothing of a HEAD answer is left on the connection for the next request to trip on.
        assertEquals(200, server.post("/v1/assessments", "application/json", visit).statusCode());
        HttpResponse<String> notAllowed = server.send(server.request("/v1/rules").DELETE());
        assertEquals("GET, HEAD", notAllowed.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void aHeadAnswerLeavesTheConnectionInStepForTheNextRequest() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(server.uri("/").getHost(), server.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            String auth = "Authorization: Bearer " + TestServer.TOKEN + "\r\n";
            socket.getOutputStream().write(("HEAD /v1/rules HTTP/1.1\r\nHost: test\r\n" + auth + "\r\n"
                    + "GET /livez HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String both = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            String[] answers = both.split("(?=HTTP/1\\.1 )");
            assertEquals(2, answers.length, both);
            assertTrue(answers[0].startsWith("HTTP/1.1 200") && answers[0].endsWith("\r\n\r\n"), answers[0]);
            assertTrue(answers[0].contains("Content-Length: " + server.get("/v1/rules").body().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8).length), answers[0]);
            assertTrue(answers[1].startsWith("HTTP/1.1 200") && answers[1].endsWith("\"status\":\"UP\",\"version\":\""
                    + ExcuseEngine.version() + "\"}"), answers[1]);
        }
    }

    @Test
    void livenessAndReadinessNeedNoToken() throws Exception {
        HttpResponse<String> live = server.send(server.anonymous("/livez").GET());
        HttpResponse<String> ready = server.send(server.anonymous("/readyz").GET());

        assertEquals(200, live.statusCode());
        assertEquals("UP", MAPPER.readTree(live.body()).path("status").asText(), live.body());
        assertEquals(ExcuseEngine.version(), MAPPER.readTree(live.body()).path("version").asText(), live.body());
        assertEquals(200, ready.statusCode());
        JsonNode readiness = MAPPER.readTree(ready.body());
        assertEquals("READY", readiness.path("status").asText());
        assertEquals(server.engine().rulesVersion(), readiness.path("rulesVersion").asText());
    }

    @Test
    void clientsThatAskForHttp2GetIt() throws Exception {
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(10)).build();
        // The first request on a connection upgrades it (a GET: an upgrade carries no body); the next is HTTP/2.
        HttpResponse<String> first = h2.send(server.request("/readyz").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> answer = server.post("/v1/assessments", "application/json", visit);
        HttpResponse<String> second = h2.send(server.request("/v1/assessments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(visit)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(HttpClient.Version.HTTP_2, second.version());
        assertEquals(MAPPER.readTree(answer.body()), MAPPER.readTree(second.body()));
    }

    @Test
    void theAccessLogWritesOneJsonLinePerRequestWithoutSecrets() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (TestServer logged = TestServer.start(TestServer.config().accessLog(lines::add).build(),
                () -> org.excuseengine.engine.ExcuseEngine.fromRules(SharedEngine.RULES))) {
            logged.engine();
            logged.post("/v1/assessments", "application/json", visit);
            logged.send(logged.anonymous("/healthz?probe=1").GET());
        }

        assertEquals(2, lines.size(), lines.toString());
        JsonNode first = MAPPER.readTree(lines.get(0));
        assertEquals("POST", first.path("method").asText());
        assertEquals("/v1/assessments", first.path("path").asText());
        assertEquals(200, first.path("status").asInt());
        assertTrue(first.path("bytesOut").asLong() > 0);
        assertEquals("/healthz", MAPPER.readTree(lines.get(1)).path("path").asText());
        assertTrue(lines.stream().noneMatch(line -> line.contains(TestServer.TOKEN) || line.contains("probe")), lines.toString());
    }
}
