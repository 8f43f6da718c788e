package org.excuseengine.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.engine.Explainer;
import org.excuseengine.engine.Explanation;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Visit;

/**
 * {@code POST /v1/assessments:explain}: one visit in; its assessment and why, as
 * {@code classify --explain} tells it: the facts derived from the history, every rule fired in
 * order with its figures and reasons, and for each excuse why the other verdicts did not apply.
 * For a person looking at one visit (the page); slower than {@code /v1/assessments}.
 */
final class ExplanationHandler implements Router.Endpoint {
    private final EngineSlot engines;
    private final VisitAssessor assessor;
    private final ContractJson json;
    private final int maxBodyBytes;

    ExplanationHandler(EngineSlot engines, VisitAssessor assessor, ContractJson json, int maxBodyBytes) {
        this.engines = engines;
        this.assessor = assessor;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        MediaType.require(exchange.header("Content-Type"), Set.of(MediaType.JSON));
        ExcuseEngine engine = engines.engine();
        byte[] body = exchange.readBody(maxBodyBytes);
        Explanation explanation;
        try {
            Visit visit = assessor.read(body, AcceptLanguage.preferred(exchange.header("Accept-Language")));
            // The explainer assesses first, under the engine's time limit, and only then replays
            // the rules to watch them: a rule that does not return fails the visit as it would in
            // /v1/assessments.
            explanation = new Explainer(engine).explain(visit);
        } catch (InvalidVisitException e) {
            throw new ProblemException(Problem.invalidAt(e.getMessage()));
        } catch (AssessmentException e) {
            throw new ProblemException(VisitAssessor.isContractCheck(e)
                    ? Problem.invalidAt(e.getMessage()) : Problem.assessmentFailed(e.getMessage()));
        }
        exchange.sendJson(200, document(explanation, engine.rulesDir()));
    }

    /** The assessment exactly as the contract writes it, and the explanation beside it. */
    private ObjectNode document(Explanation explanation, Path rulesDir) throws IOException {
        ObjectMapper mapper = json.mapper();
        ObjectNode document = mapper.createObjectNode();
        document.set("assessment", mapper.readTree(json.write(explanation.assessment())));
        document.set("derivedFacts", mapper.valueToTree(explanation.derivedFacts()));
        String folder = rulesDir.normalize().toString().replace('\\', '/') + "/";
        List<Explanation.Firing> firings = explanation.firings().stream()
                .map(firing -> new Explanation.Firing(firing.order(), firing.rule(), underRules(firing.where(), folder),
                        firing.figures(), firing.reasons()))
                .toList();
        document.set("firings", mapper.valueToTree(firings));
        List<Explanation.ExcuseWhy> excuses = explanation.excuses().stream()
                .map(excuse -> new Explanation.ExcuseWhy(excuse.index(), excuse.category(), excuse.score(),
                        excuse.verdict(), excuse.points(), excuse.notApplied().stream()
                                .map(row -> new Explanation.RuleNotFired(row.rule(), underRules(row.where(), folder), row.conditions()))
                                .toList()))
                .toList();
        document.set("excuses", mapper.valueToTree(excuses));
        return document;
    }

    /** A rule's place relative to the rules folder: where the service keeps its files is no caller's business. */
    private static String underRules(String where, String folder) {
        return where.startsWith(folder) ? where.substring(folder.length()) : where;
    }
}
