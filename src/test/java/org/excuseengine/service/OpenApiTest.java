package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * openapi.yaml and the service agree: every documented route is served and no other, and each
 * documented status is what the route really answers when provoked, with a documented media type.
 */
class OpenApiTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode spec;
    private static TestServer server;
    /** A service whose rules never load: the one place a 503 can be provoked at will. */
    private static TestServer withoutRules;

    @BeforeAll
    static void start() throws Exception {
        spec = YAML.readTree(Path.of("openapi.yaml").toFile());
        server = TestServer.shared();
        withoutRules = TestServer.stillLoadingRules();
    }

    @AfterAll
    static void stop() {
        withoutRules.close();
    }

    @Test
    void isOpenApi31() {
        assertTrue(spec.path("openapi").asText().startsWith("3.1."));
    }

    @Test
    void documentsEveryRouteTheServiceServesAndNoOther() {
        Set<String> documented = new TreeSet<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(documented, new TreeSet<>(server.service.routes()));
    }

    @TestFactory
    List<DynamicTest> everyDocumentedStatusIsWhatTheRouteAnswers() {
        List<DynamicTest> tests = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey().toUpperCase(Locale.ROOT);
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().equals("default")) {
                    return; // unexpected failures: nothing to provoke
                }
                int status = Integer.parseInt(response.getKey());
                tests.add(DynamicTest.dynamicTest(method + " " + path.getKey() + " " + status, () -> {
                    HttpResponse<String> answer = provoke(method, path.getKey(), operation.getValue(), status);
                    assertEquals(status, answer.statusCode(), answer.body());
                    String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
                    Set<String> documentedTypes = new TreeSet<>();
                    resolve(response.getValue()).path("content").fieldNames().forEachRemaining(documentedTypes::add);
                    assertTrue(documentedTypes.contains(type), type + " is not among " + documentedTypes);
                }));
            });
        }));
        return tests;
    }

    /** A request to the route that should be answered with {@code status}. */
    private static HttpResponse<String> provoke(String method, String path, JsonNode operation, int status)
            throws Exception {
        JsonNode content = operation.path("requestBody").path("content");
        String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        String example = contentType == null ? null : example(content.path(contentType).path("example"));
        HttpRequest.Builder request = switch (status) {
            case 401 -> server.anonymous(path);
            case 503 -> withoutRules.request(path);
            default -> server.request(path);
        };
        if (contentType == null) {
            return server.send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        String body = switch (status) {
            case 400 -> "{";
            case 413 -> " ".repeat((int) TestServer.MAX_BATCH_BYTES + 1);
            default -> example;
        };
        String sentAs = switch (status) {
            case 400 -> "application/json"; // in JSON lines a malformed line is answered in its place
            case 415 -> "text/plain";
            default -> contentType;
        };
        return server.send(request.header("Content-Type", sentAs).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String example(JsonNode example) throws Exception {
        return example.isTextual() ? example.asText() : JSON.writeValueAsString(example);
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? spec.at(node.path("$ref").asText().substring(1)) : node;
    }
}
