package org.excuseengine.service;

import java.io.IOException;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;

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
        Assessment assessment = assessor.onPostedVisit(exchange, engines, maxBodyBytes, assessor::assess);
        exchange.sendJson(200, json.write(assessment));
    }
}
