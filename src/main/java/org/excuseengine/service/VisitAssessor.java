package org.excuseengine.service;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
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

    /** What a one-visit route does with the visit posted to it, on the engine in service. */
    interface OnVisit<T> {
        T apply(ExcuseEngine engine, Visit visit) throws IOException;
    }

    /**
     * Reads a one-visit request's body (JSON, within {@code maxBodyBytes}) as a visit in the
     * caller's language and does {@code work} with it. A visit that breaks the contract answers
     * 400, rules that fail on it 500, each a problem that says why.
     */
    <T> T onPostedVisit(Exchange exchange, EngineSlot engines, int maxBodyBytes, OnVisit<T> work) throws IOException {
        MediaType.require(exchange.header("Content-Type"), Set.of(MediaType.JSON));
        ExcuseEngine engine = engines.engine();
        byte[] body = exchange.readBody(maxBodyBytes);
        try {
            return work.apply(engine, read(body, AcceptLanguage.preferred(exchange.header("Accept-Language"))));
        } catch (InvalidVisitException e) {
            throw new ProblemException(Problem.invalidAt(e.getMessage()));
        } catch (AssessmentException e) {
            throw new ProblemException(isContractCheck(e) ? Problem.invalidAt(e.getMessage()) : Problem.assessmentFailed(e.getMessage()));
        }
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
