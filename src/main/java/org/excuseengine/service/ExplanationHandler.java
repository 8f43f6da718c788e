package org.excuseengine.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.excuseengine.engine.Explainer;
import org.excuseengine.engine.Explanation;
import org.excuseengine.json.ContractJson;

/**
 * {@code POST /v1/assessments:explain}: one visit in; its assessment and why, as
 * {@code classify --explain} tells it: the facts derived from the history, every rule fired in
 * order with its figures and reasons, and for each excuse its scorecard and the rows that did not apply.
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
        // The explainer assesses first, under the engine's time limit, and only then replays the
        // rules to watch them: a rule that does not return fails the visit as in /v1/assessments.
        ObjectNode document = assessor.onPostedVisit(exchange, engines, maxBodyBytes,
                (engine, visit) -> document(new Explainer(engine).explain(visit), engine.rulesDir()));
        exchange.sendJson(200, document);
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
