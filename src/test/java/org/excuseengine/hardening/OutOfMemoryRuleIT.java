package org.excuseengine.hardening;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Category;
import org.excuseengine.service.ExcuseService;
import org.excuseengine.service.ServiceConfig;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that runs out of memory: its request is answered 503 (a batch gives an error record in its
 * place), the connection is not dropped, and the service answers the next visit. The rule asks for
 * an array larger than any heap, which fails at once without filling the test JVM's memory.
 */
class OutOfMemoryRuleIT {
    @TempDir
    Path temp;

    @Test
    void aRuleOutOfMemoryAnswers503AndTheServiceGoesOn() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.write("memory.drl", """
                package org.excuseengine.rules;
                ruleflow-group "judge"
                import org.excuseengine.model.fact.*;
                rule "a rule that asks for more memory than there is"
                when
                    VisitContext(visitId == "V-OOM")
                then
                    long[] everything = new long[Integer.MAX_VALUE - 8];
                    System.out.println(everything.length);
                end
                """);
        ContractJson json = new ContractJson();
        String hungry = json.mapper().writeValueAsString(aVisit().id("V-OOM").says(Category.TIGHT_CASH).build());
        String fine = json.mapper().writeValueAsString(aVisit().id("V-FINE").says(Category.TIGHT_CASH).build());
        try (ExcuseService service = ExcuseService.start(ServiceConfig.builder().port(0).build(),
                () -> ExcuseEngine.fromRules(rules.root()))) {
            service.awaitRules();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI base = URI.create("http://127.0.0.1:" + service.address().getPort());

            HttpResponse<String> failed = post(http, base.resolve("/v1/assessments"), "application/json", hungry);
            HttpResponse<String> batch = post(http, base.resolve("/v1/assessments:batch"), "application/x-ndjson",
                    hungry + "\n" + fine + "\n");
            HttpResponse<String> next = post(http, base.resolve("/v1/assessments"), "application/json", fine);

            assertEquals(503, failed.statusCode(), failed.body());
            assertTrue(failed.body().contains("urn:excuse-engine:problem:out-of-memory"), failed.body());
            assertEquals(200, batch.statusCode(), batch.body());
            assertTrue(batch.body().lines().toList().get(0).contains("out of memory"), batch.body());
            assertTrue(batch.body().lines().toList().get(1).contains("\"verdict\""), batch.body());
            assertEquals(200, next.statusCode(), next.body());
        }
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", type).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
