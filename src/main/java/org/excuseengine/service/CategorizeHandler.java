package org.excuseengine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.excuseengine.text.Classification;
import org.excuseengine.text.Languages;

/**
 * {@code POST /v1/categorize}: {@code {"text": "…"}} in; the excuses found in it out, one per
 * clause, each with its category, confidence and the lexicon phrases that matched, classified with
 * the lexicon of the rules in service.
 */
final class CategorizeHandler implements Router.Endpoint {
    /** The answer: the text's language (null when it has no letters) and one entry per clause. */
    record Categories(String language, List<Classification> excuses) {}

    private final EngineSlot engines;
    private final ObjectMapper mapper;
    private final ServiceMetrics metrics;
    private final int maxBodyBytes;

    CategorizeHandler(EngineSlot engines, ObjectMapper mapper, ServiceMetrics metrics, int maxBodyBytes) {
        this.engines = engines;
        this.mapper = mapper;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        MediaType.require(exchange.header("Content-Type"), Set.of(MediaType.JSON));
        var engine = engines.engine();
        String text = text(exchange.readBody(maxBodyBytes));
        List<Classification> found = engine.categorize(text);
        found.forEach(metrics::categorized);
        exchange.sendJson(200, new Categories(Languages.detect(text).orElse(null), found));
    }

    private String text(byte[] body) {
        JsonNode request;
        try {
            request = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.invalid("/", "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ProblemException(Problem.invalid("/", "unreadable body: " + e.getMessage()));
        }
        if (request == null || !request.isObject()) {
            throw new ProblemException(Problem.invalid("/", "expected a JSON object {\"text\": \"…\"}"));
        }
        JsonNode text = request.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new ProblemException(Problem.invalid("/text", "/text: expected the excuse's words, a non-empty string"));
        }
        return text.asText();
    }
}
