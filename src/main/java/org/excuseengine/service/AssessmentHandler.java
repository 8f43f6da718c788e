package org.excuseengine.service;

import java.io.IOException;
import java.util.Set;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;

/** {@code POST /v1/assessments}: one visit in, its assessment out. */
final class AssessmentHandler implements Router.Endpoint {
    private final EngineSlot engines;
    private final VisitAssessor assessor;
    private final ContractJson json;
    private final int maxBodyBytes;

    AssessmentHandler(EngineSlot engines, VisitAssessor assessor, ContractJson json, int maxBodyBytes) {
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
        Assessment assessment;
        try {
            Visit visit = assessor.read(body, AcceptLanguage.preferred(exchange.header("Accept-Language")));
            assessment = assessor.assess(engine, visit);
        } catch (InvalidVisitException e) {
            throw new ProblemException(Problem.invalidAt(e.getMessage()));
        } catch (AssessmentException e) {
            throw new ProblemException(VisitAssessor.isContractCheck(e)
                    ? Problem.invalidAt(e.getMessage()) : Problem.assessmentFailed(e.getMessage()));
        }
        exchange.sendJson(200, json.write(assessment));
    }
}
