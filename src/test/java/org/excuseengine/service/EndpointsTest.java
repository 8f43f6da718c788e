package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.excuseengine.json.ContractJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every route and every error status, over real HTTP, against what the library answers itself. */
class EndpointsTest {
    private static final String ASSESS = "/v1/assessments";
    private static final String BATCH = "/v1/assessments:batch";
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    /** A visit whose excuse has a category and no words, so that only the caller can set the rebuttal language. */
    private static final String WORDLESS = "{\"visitId\": \"L-1\", \"date\": \"2026-03-15\", \"customer\": {\"id\": \"C-1\","
            + " \"creditRating\": \"C\", \"overdueAmount\": 50000, \"overdueDays\": 60},"
            + " \"excuses\": [{\"category\": \"TIGHT_CASH\"}]%s}";

    private static TestServer server;
    private static final ContractJson json = new ContractJson();
    private static final ObjectMapper mapper = json.mapper();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.shared();
    }

    @Test
    void oneVisitIsAssessedAsTheLibraryWould() throws Exception {
        HttpResponse<String> response = server.post(ASSESS, JSON, Samples.visit());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(JSON, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(libraryAnswer(Samples.visit()), mapper.readTree(response.body()));
    }

    @Test
    void aVisitWhoseBytesAreNotUtf8IsRejectedNamingTheByte() throws Exception {
        // Given a visit whose excuse text has a byte that no UTF-8 text contains
        byte[] visit = Samples.visit().getBytes(StandardCharsets.UTF_8);
        int badByteOffset = Samples.visit().indexOf("\"visitId\"") + 1;
        visit[badByteOffset] = (byte) 0xFF;

        // When it is posted
        HttpResponse<String> response = server.send(server.request(ASSESS).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(visit)));

        // Then it is refused as an invalid visit, not judged on a replaced character
        JsonNode problem = assertProblem(400, response);
        assertEquals("/: expected UTF-8 text, but byte 0xFF at offset " + badByteOffset
                + " of the document is not valid UTF-8", problem.path("detail").asText());
    }

    @Test
    void acceptLanguageChoosesTheRebuttalLanguageWhenTheVisitDoesNot() throws Exception {
        String visit = WORDLESS.formatted("");
        assertEquals("zh-Hant", rebuttalLanguage(visit, "fr-FR, zh-TW;q=0.8, en;q=0.5"));
        assertEquals("zh-Hans", rebuttalLanguage(visit, "zh"));
        assertEquals("zh-Hans", rebuttalLanguage(visit, "en;q=0.4, zh-CN;q=0.9"));
        assertEquals("zh-Hant", rebuttalLanguage(visit, "zh-Hant-HK"));
        assertEquals("en", rebuttalLanguage(visit, "de, *"));
        assertEquals("en", rebuttalLanguage(visit, null));
    }

    @Test
    void theVisitsOwnLanguageWinsOverAcceptLanguage() throws Exception {
        assertEquals("zh-Hans", rebuttalLanguage(WORDLESS.formatted(", \"lang\": \"zh-Hans\""), "zh-TW, en"));
    }

    @Test
    void jsonLinesBatchAnswersEveryLineInOrderWithErrorsInPlace() throws Exception {
        List<String> lines = new ArrayList<>(Samples.exampleLines());
        lines.add(3, "{\"visitId\": \"BAD-1\", \"customer\": {\"id\": \"C\", \"creditRating\": \"Z\"}}");
        lines.add(7, "{not json");
        lines.add(9, "");
        HttpResponse<String> response = server.post(BATCH, NDJSON, String.join("\n", lines) + "\n");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(NDJSON, response.headers().firstValue("Content-Type").orElseThrow());
        List<String> answers = response.body().lines().toList();
        assertEquals(lines.size(), answers.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode answer = mapper.readTree(answers.get(i));
            if (i == 3 || i == 7 || i == 9) {
                assertEquals(i + 1, answer.path("line").asInt(), answers.get(i));
                assertTrue(answer.path("error").asText().startsWith("/"), answers.get(i));
            } else {
                assertEquals(libraryAnswer(lines.get(i)), answer, "line " + (i + 1));
            }
        }
        assertEquals("BAD-1", mapper.readTree(answers.get(3)).path("visitId").asText());
        assertTrue(mapper.readTree(answers.get(3)).path("error").asText().startsWith("/customer/creditRating"));
    }

    @Test
    void aJsonLinesRecordThatIsNotUtf8IsAnErrorInPlace() throws Exception {
        // Given a batch whose second line holds a byte that no UTF-8 text can: a lone 0xFF in a note
        List<String> visits = Samples.exampleLines().subList(0, 2);
        String noted = visits.get(1).replaceFirst("\\{", "{\"note\": \"?\", ");
        int badByteOffset = noted.indexOf('?');
        byte[] broken = noted.getBytes(StandardCharsets.UTF_8);
        broken[badByteOffset] = (byte) 0xFF;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((visits.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(broken);
        body.writeBytes(("\n" + visits.get(1) + "\n").getBytes(StandardCharsets.UTF_8));

        // When it is posted as JSON lines
        HttpResponse<String> response = server.send(server.request(BATCH).header("Content-Type", NDJSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        // Then the bad line is answered in its place, naming the byte, and the others as the library answers them
        assertEquals(200, response.statusCode(), response.body());
        List<String> answers = response.body().lines().toList();
        assertEquals(3, answers.size(), response.body());
        assertEquals(libraryAnswer(visits.get(0)), readTree(answers.get(0)));
        assertEquals(2, readTree(answers.get(1)).path("line").asInt(), answers.get(1));
        assertEquals("/: expected UTF-8 text, but byte 0xFF at offset " + badByteOffset + " of the line is not valid UTF-8",
                readTree(answers.get(1)).path("error").asText());
        assertEquals(libraryAnswer(visits.get(1)), readTree(answers.get(2)));
    }

    @Test
    void jsonArrayBatchAnswersEveryElementInOrder() throws Exception {
        List<String> visits = Samples.exampleLines().subList(0, 4);
        String body = "[" + visits.get(0) + ", 42, " + visits.get(1) + ",\n" + visits.get(2) + "," + visits.get(3) + "]";
        HttpResponse<String> response = server.post(BATCH, JSON, body);

        assertEquals(200, response.statusCode(), response.body());
        List<String> answers = response.body().lines().toList();
        assertEquals(5, answers.size());
        assertEquals(libraryAnswer(visits.get(0)), mapper.readTree(answers.get(0)));
        assertEquals(2, mapper.readTree(answers.get(1)).path("line").asInt());
        assertEquals("/: expected a JSON object", mapper.readTree(answers.get(1)).path("error").asText());
        assertEquals(libraryAnswer(visits.get(3)), mapper.readTree(answers.get(4)));
    }

    @Test
    void aBatchLargerThanTheInMemorySpoolIsAnsweredInFull() throws Exception {
        String padded = Samples.visit().replaceFirst("\\{", "{\"note\": \"" + "x".repeat(20_000) + "\", ")
                .replace("\n", " ");
        int records = RequestSpool.IN_MEMORY_BYTES / padded.length() + 20;
        String body = (padded + "\n").repeat(records);
        HttpResponse<String> response = server.post(BATCH, "application/jsonl", body);

        assertEquals(200, response.statusCode());
        List<String> answers = response.body().lines().toList();
        assertEquals(records, answers.size());
        JsonNode expected = libraryAnswer(padded);
        answers.forEach(answer -> assertEquals(expected, readTree(answer)));
    }

    @Test
    void aBatchWithTooManyRecordsIsRefusedWhole() throws Exception {
        int tooMany = TestServer.MAX_BATCH_RECORDS + 1;
        assertProblem(413, server.post(BATCH, NDJSON, "{}\n".repeat(tooMany)));
        assertProblem(413, server.post(BATCH, JSON, "[" + String.join(",", java.util.Collections.nCopies(tooMany, "{}")) + "]"));
    }

    @Test
    void aBatchOverTheByteLimitIsRefused() throws Exception {
        String body = " ".repeat((int) TestServer.MAX_BATCH_BYTES + 1);
        assertProblem(413, server.post(BATCH, NDJSON, body));
    }

    @Test
    void aRecordOverTheSizeLimitIsAnErrorInPlace() throws Exception {
        String visit = Samples.exampleLines().get(0);
        String huge = visit.replaceFirst("\\{", "{\"note\": \"" + "x".repeat(TestServer.MAX_BODY_BYTES) + "\", ");
        String lines = visit + "\n" + huge + "\n" + visit + "\n";
        List<String> answers = server.post(BATCH, NDJSON, lines).body().lines().toList();
        assertEquals(3, answers.size());
        assertTrue(readTree(answers.get(1)).path("error").asText().contains("longer than"), answers.get(1));
        assertEquals(libraryAnswer(visit), readTree(answers.get(2)));

        List<String> elements = server.post(BATCH, JSON, "[" + visit + "," + huge + "," + visit + "]").body().lines().toList();
        assertEquals(3, elements.size());
        assertEquals(2, readTree(elements.get(1)).path("line").asInt());
        assertTrue(readTree(elements.get(1)).path("error").asText().contains("longer than"), elements.get(1));
        assertEquals(libraryAnswer(visit), readTree(elements.get(2)));
    }

    @Test
    void anArrayBatchThatIsNotWellFormedIsRefusedWhole() throws Exception {
        assertEquals("/", assertProblem(400, server.post(BATCH, JSON, "[" + Samples.visit() + ", {")).path("field").asText());
        assertProblem(400, server.post(BATCH, JSON, Samples.visit()));
        assertProblem(400, server.post(BATCH, JSON, "[] []"));
    }

    @Test
    void categorizeFindsTheExcusesInText() throws Exception {
        HttpResponse<String> response = server.post("/v1/categorize", JSON, "{\"text\": \"最近資金緊張，月底再說\"}");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = mapper.readTree(response.body());
        assertEquals("zh-Hant", answer.path("language").asText());
        JsonNode first = answer.path("excuses").path(0);
        assertEquals("TIGHT_CASH", first.path("category").asText());
        assertTrue(first.path("confidence").asDouble() > 0.5);
        assertFalse(first.path("matchedPhrases").isEmpty());
        assertEquals(mapper.valueToTree(server.engine().categorize("最近資金緊張，月底再說")), answer.path("excuses"));
    }

    @Test
    void categorizeNeedsText() throws Exception {
        assertEquals("/text", assertProblem(400, server.post("/v1/categorize", JSON, "{\"words\": \"x\"}")).path("field").asText());
        assertEquals("/text", assertProblem(400, server.post("/v1/categorize", JSON, "{\"text\": \"  \"}")).path("field").asText());
        assertEquals("/", assertProblem(400, server.post("/v1/categorize", JSON, "{\"text\": ")).path("field").asText());
    }

    @Test
    void rulesTellWhatIsInService() throws Exception {
        HttpResponse<String> response = server.get("/v1/rules");

        assertEquals(200, response.statusCode());
        JsonNode rules = mapper.readTree(response.body());
        assertEquals(server.engine().rulesVersion(), rules.path("rulesVersion").asText());
        assertTrue(rules.path("files").toString().contains("verdict.drl"));
        assertTrue(rules.path("upToDate").asBoolean());
        assertTrue(rules.path("lastErrors").isArray() && rules.path("lastErrors").isEmpty());
        assertFalse(rules.path("loadedAt").asText().isEmpty());
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        HttpResponse<String> response = server.send(server.anonymous("/healthz").GET());
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"version\":\"" + org.excuseengine.engine.ExcuseEngine.version() + "\"}", response.body());
    }

    @Test
    void metricsCountAssessmentsByVerdictAndCategoryInPrometheusFormat() throws Exception {
        server.post(ASSESS, JSON, Samples.visit());
        HttpResponse<String> response = server.get("/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
        String metrics = response.body();
        assertTrue(metrics.contains("excuse_engine_assessments_total{verdict=\"NOT_CREDIBLE\"}"), metrics);
        assertTrue(metrics.contains("excuse_engine_excuses_total{category=\"TIGHT_CASH\",verdict=\"NOT_CREDIBLE\"}"));
        assertTrue(metrics.contains("excuse_engine_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/assessments\",status=\"200\",le="));
        assertTrue(metrics.contains("excuse_engine_assessment_seconds_bucket{le="));
        assertTrue(metrics.contains("excuse_engine_rules_reloads_total{result=\"ok\"}"));
        assertTrue(metrics.contains("excuse_engine_errors_total{kind="));
    }

    @Test
    void malformedJsonIs400AtTheRoot() throws Exception {
        JsonNode problem = assertProblem(400, server.post(ASSESS, JSON, "{\"visitId\": "));
        assertEquals("/", problem.path("field").asText());
        assertEquals(Problem.INVALID_REQUEST, problem.path("type").asText());
        assertEquals(ASSESS, problem.path("instance").asText());
    }

    @Test
    void aVisitThatBreaksTheContractIs400NamingTheField() throws Exception {
        String visit = Samples.visit().replace("\"creditRating\": \"B\"", "\"creditRating\": \"Z\"");
        JsonNode problem = assertProblem(400, server.post(ASSESS, JSON, visit));
        assertEquals("/customer/creditRating", problem.path("field").asText());
        assertTrue(problem.path("detail").asText().contains("enumeration"));

        assertEquals("/", assertProblem(400, server.post(ASSESS, JSON, "{\"visitId\": \"V\"}")).path("field").asText());
    }

    @Test
    void aVisitOverTheSizeLimitIs413() throws Exception {
        String visit = Samples.visit().replaceFirst("\\{", "{\"note\": \"" + "x".repeat(TestServer.MAX_BODY_BYTES) + "\", ");
        assertProblem(413, server.post(ASSESS, JSON, visit));
    }

    @Test
    void aContentTypeOtherThanJsonIs415() throws Exception {
        assertProblem(415, server.post(ASSESS, "text/plain", Samples.visit()));
        assertProblem(415, server.post(ASSESS, "application/json; charset=iso-8859-1", Samples.visit()));
        assertProblem(415, server.post(BATCH, "text/csv", "a,b"));
        assertProblem(415, server.send(server.request(ASSESS).POST(HttpRequest.BodyPublishers.ofString(Samples.visit()))));
        assertEquals(200, server.post(ASSESS, "Application/JSON; charset=UTF-8", Samples.visit()).statusCode());
    }

    @Test
    void anUnknownPathIs404AndAnUnknownMethodIs405() throws Exception {
        assertProblem(404, server.get("/v1/nothing"));
        assertProblem(404, server.get("/v1/rules/"));
        HttpResponse<String> wrongMethod = server.get(ASSESS);
        assertProblem(405, wrongMethod);
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
        assertProblem(405, server.send(server.request("/v1/rules").DELETE()));
    }

    @Test
    void withoutTheTokenEveryRouteButHealthIs401() throws Exception {
        for (String path : List.of(ASSESS, "/v1/rules", "/metrics", "/v1/nothing")) {
            HttpResponse<String> response = server.send(server.anonymous(path).GET());
            assertProblem(401, response);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        }
        assertProblem(401, server.send(server.anonymous("/v1/rules").header("Authorization", "Bearer wrong-token").GET()));
        assertProblem(401, server.send(server.anonymous("/v1/rules").header("Authorization", "Basic dXNlcjpwYXNz").GET()));
        assertEquals(200, server.send(server.anonymous("/v1/rules").header("Authorization", "bearer " + TestServer.TOKEN).GET())
                .statusCode());
    }

    /** Checks an answer is an RFC 9457 problem with {@code status} and no trace of the code inside. */
    static JsonNode assertProblem(int status, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = mapper.readTree(response.body());
        assertEquals(status, problem.path("status").asInt());
        assertFalse(problem.path("type").asText().isEmpty());
        assertFalse(problem.path("title").asText().isEmpty());
        assertFalse(problem.path("detail").asText().isEmpty());
        assertFalse(problem.path("instance").asText().isEmpty());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat ")
                || response.body().contains("org.excuseengine"), response.body());
        return problem;
    }

    private static String rebuttalLanguage(String visit, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = server.request(ASSESS).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(visit));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = server.send(request);
        assertEquals(200, response.statusCode(), response.body());
        return mapper.readTree(response.body()).path("excuses").path(0).path("rebuttal").path("lang").asText();
    }

    private static JsonNode libraryAnswer(String visit) throws Exception {
        return mapper.readTree(json.write(server.engine().assess(json.readVisit(visit))));
    }

    private static JsonNode readTree(String text) {
        try {
            return mapper.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
