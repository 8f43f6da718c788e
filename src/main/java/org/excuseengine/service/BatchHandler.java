package org.excuseengine.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.Set;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Visit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/assessments:batch}: visits as a JSON array or as JSON lines in; JSON lines out,
 * one per record, in input order, a record that cannot be assessed answered in its place by the
 * contract's error record. What can only be said of the whole batch (too large, too many records,
 * an array that is not well-formed) is said with a problem status before any line is written.
 */
final class BatchHandler implements Router.Endpoint {
    private static final Logger LOG = LoggerFactory.getLogger(BatchHandler.class);
    static final String OUTPUT_TYPE = MediaType.NDJSON;
    /** Deeper than this, an array batch cannot be cut into records cheaply: it is refused whole. */
    static final int ARRAY_NESTING = 1_000;

    private final EngineSlot engines;
    private final VisitAssessor assessor;
    private final ContractJson json;
    private final ServiceConfig limits;
    private final ServiceMetrics metrics;
    /**
     * Reads array batches. Its nesting limit is far above a visit's own, so that the array's own
     * level never counts against its records, and a record nested too deep is an error in its
     * place (the visit's reader refuses it), not a refusal of the whole batch.
     */
    private final JsonFactory arrays;

    BatchHandler(EngineSlot engines, VisitAssessor assessor, ContractJson json, ServiceConfig limits,
                 ServiceMetrics metrics) {
        this.engines = engines;
        this.assessor = assessor;
        this.json = json;
        this.limits = limits;
        this.metrics = metrics;
        this.arrays = json.mapper().getFactory().copy();
        this.arrays.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(ARRAY_NESTING)
                .maxStringLength(json.mapper().getFactory().streamReadConstraints().getMaxStringLength())
                .maxNumberLength(json.mapper().getFactory().streamReadConstraints().getMaxNumberLength())
                .build());
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String format = MediaType.require(exchange.header("Content-Type"),
                Set.of(MediaType.JSON, MediaType.NDJSON, MediaType.JSONL));
        ExcuseEngine engine = engines.engine();
        if (exchange.contentLength() > limits.maxBatchBytes()) {
            throw new ProblemException(Problem.tooLarge("the batch is larger than " + limits.maxBatchBytes() + " bytes"));
        }
        Optional<String> language = AcceptLanguage.preferred(exchange.header("Accept-Language"));
        try (RequestSpool body = RequestSpool.read(exchange.body(), limits.maxBatchBytes());
             BatchRecords records = open(format, body);
             Writer out = exchange.startStream(200, OUTPUT_TYPE)) {
            long answered = 0;
            for (BatchRecords.Item item = next(records, answered, out); item != null; item = next(records, answered, out)) {
                out.write(answer(engine, item, language));
                out.write('\n');
                answered++;
            }
        }
    }

    /**
     * The next record, or null at the end. Should the body become unreadable half-way (the spool
     * file failing, say), the answer ends with an error record saying so, so that a short answer
     * never looks complete.
     */
    private BatchRecords.Item next(BatchRecords records, long answered, Writer out) throws IOException {
        try {
            return records.next();
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot read record {} of a batch", answered + 1, e);
            metrics.error(ServiceMetrics.INTERNAL);
            out.write(json.writeError(null, answered + 1,
                    "the service could not read the batch from this record on; these records were not assessed"));
            out.write('\n');
            return null;
        }
    }

    private BatchRecords open(String format, RequestSpool body) throws IOException {
        if (format.equals(MediaType.JSON)) {
            return JsonArrayRecords.open(arrays, body::open, limits.maxBatchRecords(),
                    limits.maxBodyBytes());
        }
        if (body.lines() > limits.maxBatchRecords()) {
            throw new ProblemException(Problem.tooLarge(
                    "the batch holds more than " + limits.maxBatchRecords() + " records; send it in parts"));
        }
        return new JsonLinesRecords(body.open(), limits.maxBodyBytes());
    }

    /** The answer line for one record: its assessment, or the contract's error record. */
    private String answer(ExcuseEngine engine, BatchRecords.Item item, Optional<String> language) {
        if (item.json() == null) {
            metrics.error(ServiceMetrics.INVALID_VISIT);
            return json.writeError(null, item.line(), item.unreadable());
        }
        String visitId = null;
        try {
            Visit visit = assessor.read(item.json(), language);
            visitId = visit.visitId();
            return json.write(assessor.assess(engine, visit));
        } catch (InvalidVisitException e) {
            return json.writeError(e.visitId(), item.line(), e.getMessage());
        } catch (AssessmentException e) {
            return json.writeError(visitId, item.line(), e.getMessage());
        } catch (OutOfMemoryError e) {
            // The rules needed more memory than there is on this record: what they held is garbage
            // now, and the other records are answered as usual.
            LOG.error("record {} of a batch ran out of memory", item.line(), e);
            metrics.error(ServiceMetrics.ASSESSMENT_FAILED);
            return json.writeError(visitId, item.line(), "the service ran out of memory on this record");
        } catch (RuntimeException e) {
            // One record's surprise must not cost the others their answers.
            LOG.error("record {} of a batch failed unexpectedly", item.line(), e);
            metrics.error(ServiceMetrics.INTERNAL);
            return json.writeError(visitId, item.line(), "the service failed on this record; the service log has the details");
        }
    }
}
