package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every answer the service gives to the shipped examples, error answers included, is what
 * openapi.yaml promises: a documented status and media type, and a body valid against the
 * document's schema. A client generated from the document can read all of them. The service is
 * driven through its public start and stop only.
 */
class OpenApiResponsesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiSchemas OPENAPI = new OpenApiSchemas(Path.of("openapi.yaml"));
    private static TestServer server;
    /** A service whose rules never load: what a client sees while they do. */
    private static TestServer withoutRules;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.shared();
        withoutRules = TestServer.stillLoadingRules();
    }

    @AfterAll
    static void stop() {
        withoutRules.close();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleVisitIsAnsweredAsDocumented() {
        List<String> visits = new ArrayList<>(Samples.exampleLines());
        visits.add(Samples.visit());
        return visits.stream().map(visit -> DynamicTest.dynamicTest(visitId(visit), () -> {
            assertAsDocumented("POST", "/v1/assessments", server.post("/v1/assessments", "application/json", visit));
            for (JsonNode excuse : JSON.readTree(visit).path("excuses")) {
                if (excuse.path("text").isTextual()) {
                    String request = JSON.createObjectNode().put("text", excuse.get("text").asText()).toString();
                    assertAsDocumented("POST", "/v1/categorize", server.post("/v1/categorize", "application/json", request));
                }
            }
        }));
    }

    @Test
    void aBatchOfEveryExampleIsAnsweredAsDocumented() throws Exception {
        List<String> lines = new ArrayList<>(Samples.exampleLines());
        lines.add("{\"visitId\": \"V-BAD\", \"customer\": {\"id\": \"C-2\", \"creditRating\": \"Z\"}}");
        lines.add("{not json");
        String path = "/v1/assessments:batch";

        assertAsDocumented("POST", path, server.post(path, "application/x-ndjson", String.join("\n", lines)));
        assertAsDocumented("POST", path, server.post(path, "application/jsonl", String.join("\n", lines)));
        assertAsDocumented("POST", path, server.post(path, "application/json", "[" + String.join(",", Samples.exampleLines()) + "]"));
    }

    @Test
    void theReadOnlyRoutesAreAnsweredAsDocumented() throws Exception {
        assertAsDocumented("GET", "/v1/rules", server.get("/v1/rules"));
        assertAsDocumented("GET", "/healthz", server.get("/healthz"));
        assertAsDocumented("GET", "/metrics", server.get("/metrics"));
    }

    @Test
    void errorAnswersAreAsDocumented() throws Exception {
        ObjectNode badRating = (ObjectNode) JSON.readTree(Samples.visit());
        ((ObjectNode) badRating.get("customer")).put("creditRating", "Z");
        String path = "/v1/assessments";

        assertAsDocumented("POST", path, server.post(path, "application/json", "{"));
        assertAsDocumented("POST", path, server.post(path, "application/json", badRating.toString()));
        assertAsDocumented("POST", path, server.post(path, "text/plain", Samples.visit()));
        assertAsDocumented("POST", path, server.post(path, "application/json", " ".repeat(TestServer.MAX_BODY_BYTES + 1)));
        assertAsDocumented("POST", path, server.send(server.anonymous(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Samples.visit()))));
        assertAsDocumented("POST", "/v1/categorize", server.post("/v1/categorize", "application/json", "{\"text\": \"\"}"));
        assertAsDocumented("GET", "/v1/rules", server.send(server.anonymous("/v1/rules").GET()));
        assertAsDocumented("GET", "/metrics", server.send(server.anonymous("/metrics").GET()));
    }

    @Test
    void answersWhileTheRulesLoadAreAsDocumented() throws Exception {
        assertAsDocumented("POST", "/v1/assessments", withoutRules.post("/v1/assessments", "application/json", Samples.visit()));
        assertAsDocumented("POST", "/v1/assessments:batch",
                withoutRules.post("/v1/assessments:batch", "application/x-ndjson", Samples.visit().replace('\n', ' ')));
        assertAsDocumented("POST", "/v1/categorize", withoutRules.post("/v1/categorize", "application/json", "{\"text\": \"cash is tight\"}"));
        assertAsDocumented("GET", "/v1/rules", withoutRules.get("/v1/rules"));
        assertAsDocumented("GET", "/healthz", withoutRules.get("/healthz"));
    }

    @Test
    void anUnservedPathOrMethodIsAProblemAsTheDocumentSays() throws Exception {
        for (HttpResponse<String> answer : List.of(server.get("/v2/nothing"), server.get("/v1/assessments"))) {
            assertEquals(List.of(), OPENAPI.bodyProblems("/components/schemas/Problem", "application/problem+json", answer.body()),
                    answer.statusCode() + " " + answer.body());
        }
    }

    private static void assertAsDocumented(String method, String path, HttpResponse<String> answer) {
        assertEquals(List.of(), OPENAPI.problems(method, path, answer), method + " " + path + " answered " + answer.statusCode());
    }

    private static String visitId(String visit) {
        try {
            return JSON.readTree(visit).path("visitId").asText();
        } catch (Exception e) {
            return visit;
        }
    }
}
