package org.excuseengine.hardening;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.EngineStatus;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.engine.RuleProblem;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Category;
import org.excuseengine.model.Visit;
import org.excuseengine.service.ExcuseService;
import org.excuseengine.service.ServiceConfig;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose own code never returns: the visit fails at the time limit naming the rule, the
 * version is taken out of service (the one before it serves again), a reload whose scenarios do
 * not finish is refused, and the service keeps answering. The rule here waits in a loop that
 * ignores interrupts rather than spinning, so that the threads it strands cost no CPU for the rest
 * of the test run; to the engine the two are the same: code that does not return.
 */
class RunawayRuleIT {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final String RULE = "a rule that never returns on one visit";

    @TempDir
    Path temp;

    private final ContractJson json = new ContractJson();

    static String neverReturnsOn(String visitId) {
        return """
                package org.excuseengine.rules;
                ruleflow-group "judge"
                import org.excuseengine.model.fact.*;
                rule "%s"
                when
                    VisitContext(visitId == "%s")
                then
                    for (int waits = 0; waits >= 0; waits = 0) {
                        try { Thread.sleep(50); } catch (InterruptedException ignored) { }
                    }
                end
                """.formatted(RULE, visitId);
    }

    @Test
    void aVersionWhoseRuleNeverReturnsIsWithdrawnAndTheOneBeforeServesAgain() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).timeLimit(LIMIT).build()) {
            String good = engine.rulesVersion();
            rules.write("loop.drl", neverReturnsOn("V-LOOP"));
            assertEquals(List.of(), engine.reload(), "no scenario reaches the rule: the gate lets it in");
            String looping = engine.rulesVersion();
            assertNotEquals(good, looping);

            long start = System.nanoTime();
            AssessmentException failure = assertThrows(AssessmentException.class,
                    () -> engine.assess(aVisit().id("V-LOOP").says(Category.TIGHT_CASH).build()));
            long waited = System.nanoTime() - start;

            assertFalse(failure.invalidVisit(), "the rules are at fault, not the visit");
            assertTrue(failure.getMessage().contains("rule \"" + RULE + "\""), failure.getMessage());
            assertTrue(failure.getMessage().contains("did not return within 1000 ms"), failure.getMessage());
            assertTrue(waited < LIMIT.multipliedBy(4).toNanos(), "failed near the time limit, not later: " + waited / 1_000_000 + " ms");
            EngineStatus status = engine.status();
            assertEquals(good, status.rulesVersion(), "the version before serves again");
            assertTrue(status.inService());
            assertNotNull(status.lastWithdrawal());
            assertEquals(looping, status.lastWithdrawal().rulesVersion());
            assertTrue(status.lastWithdrawal().reason().contains(RULE), status.lastWithdrawal().reason());
            assertTrue(status.lastWithdrawal().thread().startsWith("excuse-engine-assess-"), status.lastWithdrawal().thread());
            assertEquals(good, engine.assess(aVisit().id("V-NEXT").says(Category.TIGHT_CASH).build()).rulesVersion());
            assertFalse(engine.reload().isEmpty(), "the withdrawn version is never loaded again");
            assertEquals(good, engine.rulesVersion());
        }
    }

    @Test
    void aReloadWhoseScenarioDoesNotFinishIsRefusedNamingTheScenario() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).timeLimit(LIMIT).build()) {
            String good = engine.rulesVersion();
            rules.write("loop.drl", neverReturnsOn("S-GAP-01"));

            List<RuleProblem> problems = engine.reload();

            assertEquals(1, problems.size(), problems.toString());
            assertEquals("tests/gap.jsonl", problems.get(0).file());
            assertTrue(problems.get(0).message().contains("S-GAP-01"), problems.get(0).message());
            assertTrue(problems.get(0).message().contains(RULE), problems.get(0).message());
            assertEquals(good, engine.rulesVersion(), "the working version still serves");
            assertFalse(engine.status().upToDate());
        }
    }

    @Test
    void withNoVersionBeforeItTheServiceIsNotReadyAndSaysWhy() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.write("loop.drl", neverReturnsOn("V-LOOP"));
        ServiceConfig config = ServiceConfig.builder().port(0).build();
        try (ExcuseService service = ExcuseService.start(config,
                () -> ExcuseEngine.builder(rules.root()).timeLimit(LIMIT).build())) {
            service.awaitRules();
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + service.address().getPort());
            String looping = json.mapper().writeValueAsString(aVisit().id("V-LOOP").says(Category.TIGHT_CASH).build());

            HttpResponse<String> failed = post(http, base, looping);
            HttpResponse<String> next = post(http, base, looping.replace("V-LOOP", "V-NEXT"));
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/readyz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(base.resolve("/livez")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(500, failed.statusCode(), failed.body());
            JsonNode problem = json.mapper().readTree(failed.body());
            assertEquals("urn:excuse-engine:problem:assessment-failed", problem.path("type").asText());
            assertTrue(problem.path("detail").asText().contains(RULE), failed.body());
            assertEquals(503, next.statusCode(), "no rules in service: " + next.body());
            assertEquals(503, ready.statusCode());
            JsonNode readiness = json.mapper().readTree(ready.body());
            assertEquals("OUT_OF_SERVICE", readiness.path("status").asText());
            assertTrue(readiness.path("reason").asText().contains(RULE), ready.body());
            assertEquals(200, live.statusCode(), "the process itself is alive");
        }
    }

    @Test
    void theServiceKeepsAnsweringWhileRulesDoNotReturn() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        ServiceConfig config = ServiceConfig.builder().port(0).threads(4).build();
        try (ExcuseService service = ExcuseService.start(config,
                () -> ExcuseEngine.builder(rules.root()).timeLimit(LIMIT).build())) {
            ExcuseEngine engine = service.awaitRules();
            rules.write("loop.drl", neverReturnsOn("V-LOOP"));
            assertEquals(List.of(), engine.reload());
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + service.address().getPort());
            Visit visit = aVisit().id("V-LOOP").says(Category.TIGHT_CASH).build();
            String looping = json.mapper().writeValueAsString(visit);

            HttpResponse<String> failed = post(http, base, looping);
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/readyz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> again = post(http, base, looping);

            assertEquals(500, failed.statusCode(), failed.body());
            assertEquals(200, health.statusCode());
            assertEquals(200, ready.statusCode(), "the version before serves again");
            assertTrue(ready.body().contains(RULE), "and /readyz says what was withdrawn: " + ready.body());
            assertEquals(200, again.statusCode(), "the same visit on the version before: " + again.body());
        }
    }

    @Test
    void testCountsAScenarioThatDoesNotReturnAsAFailure() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.write("loop.drl", neverReturnsOn("S-GAP-01"));

        String[] run = cli("test", "--rules", rules.root().toString());

        assertEquals("1", run[0], run[1] + run[2]);
        assertTrue(run[1].lines().anyMatch(line -> line.startsWith("FAIL") && line.contains("gap.jsonl:1")), run[1]);
        assertTrue(run[1].contains("did not return within"), run[1]);
    }

    @Test
    void checkReportsACallThatEndsTheProcessAsAnError() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.write("exit.drl", """
                package org.excuseengine.rules;
                import org.excuseengine.model.fact.*;
                rule "a rule that ends the process"
                when
                    VisitContext(visitId == "V-EXIT")
                then
                    System.exit(0);
                end
                """);

        String[] run = cli("check", "--rules", rules.root().toString());

        assertEquals("1", run[0], run[1] + run[2]);
        assertTrue(run[1].contains("exit.drl:7:5: error: a rule must not end the process"), run[1]);
    }

    /** Runs the command line in this JVM: exit code, standard output, standard error. */
    private static String[] cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = org.excuseengine.cli.Main.commandLine();
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static HttpResponse<String> post(HttpClient http, URI base, String visit) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/v1/assessments"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(visit)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
