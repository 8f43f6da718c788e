package org.excuseengine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The project's example visits ({@code examples/visit.json}, then each line of
 * {@code examples/visits.jsonl}), bundled in the jar at build time, as one JSON array for the page
 * to pick from.
 */
final class PageExamples {
    private PageExamples() {}

    static String asJsonArray(ObjectMapper mapper) {
        ArrayNode visits = mapper.createArrayNode();
        try {
            visits.add(mapper.readTree(PageFile.read("examples/visit.json")));
            for (String line : PageFile.read("examples/visits.jsonl").split("\n")) {
                if (!line.isBlank()) {
                    visits.add(mapper.readTree(line));
                }
            }
            return mapper.writeValueAsString(visits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bundled example visit is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
