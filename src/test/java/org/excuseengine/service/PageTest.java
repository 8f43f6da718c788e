package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page at {@code /} and its files, over real HTTP, on a service that has a token: served
 * without it, with headers that keep the page to its own files; and the explanation route it calls.
 * The page in a browser is {@code TryVisitPageBrowserIT}.
 */
class PageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.shared();
    }

    @ParameterizedTest(name = "{0} is served without a token as {1}")
    @CsvSource({
        "/,                   text/html; charset=utf-8",
        "/page/app.js,        text/javascript; charset=utf-8",
        "/page/app.css,       text/css; charset=utf-8",
        "/page/icon.svg,      image/svg+xml",
        "/page/examples.json, application/json",
    })
    void thePageAndItsFilesNeedNoTokenAndKeepToTheirOwnOrigin(String path, String contentType) throws Exception {
        HttpResponse<String> answer = server.send(server.anonymous(path).GET());

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(contentType, answer.headers().firstValue("Content-Type").orElseThrow());
        String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'")
                && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElseThrow());
    }

    @Test
    void theApiStillNeedsTheToken() throws Exception {
        assertEquals(401, server.send(server.anonymous("/v1/rules").GET()).statusCode());
        assertEquals(401, server.send(server.anonymous("/v1/assessments:explain").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Samples.visit()))).statusCode());
        // Only the exact paths of the page are open, not what lies under them.
        assertEquals(401, server.send(server.anonymous("/page/other.js").GET()).statusCode());
    }

    @Test
    void thePageRunsNoInlineScriptAndItsScriptWritesNoMarkup() throws Exception {
        String html = server.send(server.anonymous("/").GET()).body();
        String script = server.send(server.anonymous("/page/app.js").GET()).body();

        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "an inline script would be refused by the page's own policy");
        assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an inline handler");
        assertFalse(Pattern.compile("\\sstyle=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an inline style");
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
            assertFalse(script.contains(sink), "the script uses " + sink);
        }
    }

    @Test
    void theExamplesAreTheShippedVisitsInOrder() throws Exception {
        HttpResponse<String> answer = server.send(server.anonymous("/page/examples.json").GET());

        List<JsonNode> shipped = new ArrayList<>();
        shipped.add(JSON.readTree(Path.of("examples/visit.json").toFile()));
        for (String line : Files.readAllLines(Path.of("examples/visits.jsonl"))) {
            if (!line.isBlank()) {
                shipped.add(JSON.readTree(line));
            }
        }
        List<JsonNode> served = new ArrayList<>();
        JSON.readTree(answer.body()).forEach(served::add);
        assertEquals(shipped, served);
    }

    @Test
    void anExplanationCarriesTheAssessmentAndEveryRuleThatFiredWithItsPlace() throws Exception {
        String visit = Files.readString(Path.of("examples/visit.json"));

        JsonNode assessment = JSON.readTree(server.post("/v1/assessments", "application/json", visit).body());
        HttpResponse<String> answer = server.post("/v1/assessments:explain", "application/json", visit);

        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode explanation = JSON.readTree(answer.body());
        assertEquals(assessment, explanation.path("assessment"));
        Set<String> fired = new TreeSet<>();
        assessment.path("rulesFired").forEach(rule -> fired.add(rule.asText()));
        Set<String> explained = new TreeSet<>();
        for (JsonNode firing : explanation.path("firings")) {
            explained.add(firing.path("rule").asText());
            // Relative to the rules folder: where the service keeps its files is not the caller's business.
            assertTrue(firing.path("where").asText().matches("[a-z0-9/._-]+\\.(drl|csv):\\d+"), firing.toString());
        }
        assertEquals(fired, explained);
        JsonNode repeat = explanation.path("firings").findParent("$first");
        assertEquals("2026-02-14", repeat.path("$first").asText(), "a date figure is written as a date");
        assertEquals("DOUBTFUL", explanation.path("excuses").path(0).path("verdict").asText());
        assertEquals(55, explanation.path("excuses").path(0).path("score").asInt());
        assertFalse(explanation.path("derivedFacts").isEmpty());
    }
}
