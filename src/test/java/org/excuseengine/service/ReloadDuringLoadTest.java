package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author tightens a threshold while eight clients keep assessing: the watcher reloads the
 * rules, no request fails, every answer equals the library's under the version it names, and
 * every request sent after the service reports the new version is answered by it.
 */
class ReloadDuringLoadTest {
    private static final int CLIENTS = 8;
    /** The rated-B follow-up, routine or tight: the medium payment risk also asks for ROUTINE within 7 days. */
    private static final String LOOSE = "EscalationLevel.ROUTINE, 7, \"Follow up on the commitment within a week\"";
    private static final String TIGHT = "EscalationLevel.TIGHTEN, 7, \"Follow up on the commitment within a week\"";
    /** Requests answered under the new rules before the load stops. */
    private static final int AFTER_RELOAD = 200;

    @TempDir
    Path temp;

    private final ContractJson json = new ContractJson();
    private final ObjectMapper mapper = json.mapper();

    private record Answer(int visit, long sentAt, HttpResponse<String> response) {}

    @Test
    void answersMoveToTheNewRulesWithoutAFailure() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        List<String> visits = Samples.exampleLines();
        try (TestServer server = TestServer.start(TestServer.config().build(),
                () -> ExcuseEngine.builder(rules.root()).watchRules(true).build())) {
            ExcuseEngine engine = server.engine();
            String before = engine.rulesVersion();
            Map<String, List<JsonNode>> expected = new HashMap<>();
            expected.put(before, libraryAnswers(engine, visits));

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong reloadSeenAt = new AtomicLong(Long.MAX_VALUE);
            AtomicLong answeredAfterReload = new AtomicLong();
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                running.add(clients.submit(() -> {
                    for (int i = first; !stop.get(); i += CLIENTS) {
                        int which = i % visits.size();
                        long sentAt = System.nanoTime();
                        try {
                            HttpResponse<String> response = server.send(server.request("/v1/assessments")
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(visits.get(which))));
                            answers.add(new Answer(which, sentAt, response));
                            if (sentAt > reloadSeenAt.get() && answeredAfterReload.incrementAndGet() >= AFTER_RELOAD) {
                                stop.set(true);
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }

            Thread.sleep(500);
            rules.edit("escalation.drl", LOOSE, TIGHT);
            String after = awaitNewVersion(server, before);
            reloadSeenAt.set(System.nanoTime());
            for (Future<?> client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
            clients.shutdown();
            expected.put(after, libraryAnswers(engine, visits));

            assertEquals(List.of(), failures.stream().limit(5).toList());
            assertNotEquals(before, after);
            int underNewRules = 0;
            for (Answer answer : answers) {
                assertEquals(200, answer.response().statusCode(), answer.response().body());
                JsonNode body = mapper.readTree(answer.response().body());
                String version = body.path("rulesVersion").asText();
                assertTrue(expected.containsKey(version), "unknown rules version " + version);
                assertEquals(expected.get(version).get(answer.visit()), body);
                if (answer.sentAt() > reloadSeenAt.get()) {
                    assertEquals(after, version, "sent after the service reported the new rules");
                    underNewRules++;
                }
            }
            assertTrue(underNewRules >= AFTER_RELOAD);
            JsonNode status = mapper.readTree(server.get("/v1/rules").body());
            assertEquals(1, status.path("reloads").asInt());
            assertTrue(status.path("upToDate").asBoolean());
        }
    }

    private String awaitNewVersion(TestServer server, String before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            String version = mapper.readTree(server.get("/v1/rules").body()).path("rulesVersion").asText();
            if (!version.equals(before)) {
                return version;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the watcher did not reload the edited rules");
    }

    private List<JsonNode> libraryAnswers(ExcuseEngine engine, List<String> visits) throws Exception {
        List<JsonNode> answers = new ArrayList<>();
        for (String visit : visits) {
            answers.add(mapper.readTree(json.write(engine.assess(json.readVisit(visit)))));
        }
        return answers;
    }
}
