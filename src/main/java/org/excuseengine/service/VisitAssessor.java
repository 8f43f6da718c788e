package org.excuseengine.service;

import java.util.Optional;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;

/**
 * What a single assessment and each record of a batch share: read the visit against the
 * contract, give it the caller's language, assess it, count it.
 *
 * <p>Which language a rebuttal is in: the excuse text's own language first (the engine's rule);
 * else the visit's {@code lang} field, because the CRM set it for this customer; else the
 * request's {@code Accept-Language}, which is often a client library's or a user's global
 * setting; else the service's default.
 */
final class VisitAssessor {
    private final ContractJson json;
    private final ServiceMetrics metrics;

    VisitAssessor(ContractJson json, ServiceMetrics metrics) {
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * A visit from a request body's bytes, which must be UTF-8.
     *
     * @throws InvalidVisitException when they are not, or the JSON breaks the contract (the message names the field)
     */
    Visit read(byte[] visitJson, Optional<String> headerLanguage) {
        String text;
        try {
            text = ContractJson.text(visitJson);
        } catch (InvalidVisitException e) {
            metrics.error(ServiceMetrics.INVALID_VISIT);
            throw e;
        }
        return read(text, headerLanguage);
    }

    /** @throws InvalidVisitException when the JSON breaks the contract (the message names the field) */
    Visit read(String visitJson, Optional<String> headerLanguage) {
        try {
            Visit visit = json.read(visitJson).visit();
            return visit.lang() != null || headerLanguage.isEmpty() ? visit : withLanguage(visit, headerLanguage.get());
        } catch (InvalidVisitException e) {
            metrics.error(ServiceMetrics.INVALID_VISIT);
            throw e;
        }
    }

    /** @throws AssessmentException when a contract check or a runaway rule stops the assessment */
    Assessment assess(ExcuseEngine engine, Visit visit) {
        long start = System.nanoTime();
        try {
            Assessment assessment = engine.assess(visit);
            metrics.assessed(assessment, System.nanoTime() - start);
            return assessment;
        } catch (AssessmentException e) {
            metrics.error(isContractCheck(e) ? ServiceMetrics.INVALID_VISIT : ServiceMetrics.ASSESSMENT_FAILED);
            throw e;
        }
    }

    /** The engine's own contract checks, as against rules that ran away or failed on the visit. */
    static boolean isContractCheck(AssessmentException e) {
        return e.invalidVisit();
    }

    private static Visit withLanguage(Visit visit, String lang) {
        return new Visit(visit.visitId(), visit.date(), visit.customer(), visit.history(), visit.target(),
                visit.commitment(), visit.excuses(), visit.outcome(), lang);
    }
}
