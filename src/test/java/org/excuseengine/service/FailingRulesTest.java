package org.excuseengine.service;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Category;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that fails is the service's fault, not the client's: 500, and the next visit is served. */
class FailingRulesTest {
    @TempDir
    Path temp;

    @Test
    void aRuleThatThrowsInItsConditionAnswers500AndTheServiceGoesOn() throws Exception {
        // Given rules with a condition that throws on quality complaints, as the facts go in
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        rules.write("broken.drl", """
                package org.excuseengine.rules;
                ruleflow-group "judge"
                import org.excuseengine.model.*;
                import org.excuseengine.model.fact.*;
                function boolean brokenCheck(Excuse excuse) {
                    throw new IllegalStateException("a bug in the condition");
                }
                rule "a rule whose condition throws on quality complaints"
                when
                    Excuse(category == Category.QUALITY, brokenCheck(this))
                then
                end
                """);
        ContractJson json = new ContractJson();
        String failing = json.mapper().writeValueAsString(aVisit().id("V-1").says(Category.QUALITY).build());
        String fine = json.mapper().writeValueAsString(aVisit().id("V-2").says(Category.TIGHT_CASH).build());

        try (TestServer server = TestServer.start(TestServer.config().build(), () -> ExcuseEngine.fromRules(rules.root()))) {
            server.engine();

            // When both are posted, one at a time and as a batch
            JsonNode problem = EndpointsTest.assertProblem(500, server.post("/v1/assessments", "application/json", failing));
            var batch = server.post("/v1/assessments:batch", "application/x-ndjson", failing + "\n" + fine + "\n");

            // Then the failing one is an assessment failure naming the rule, and the other is assessed
            assertEquals(Problem.ASSESSMENT_FAILED, problem.path("type").asText());
            assertTrue(problem.path("detail").asText().contains("the rules failed on this visit"), problem.toString());
            assertTrue(problem.path("detail").asText().contains("a bug in the condition"), problem.toString());
            List<String> answers = batch.body().lines().toList();
            assertEquals(2, answers.size(), batch.body());
            assertTrue(answers.get(0).contains("the rules failed on this visit"), answers.get(0));
            assertEquals("V-2", json.mapper().readTree(answers.get(1)).path("visitId").asText(), answers.get(1));
        }
    }
}
