package org.excuseengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.excuseengine.model.VisitLimits;
import org.junit.jupiter.api.Test;

/** A visit built in Java is held to the limits the schema sets for one read from JSON. */
class VisitLimitsTest {
    @Test
    void theSchemaSetsTheLimitsVisitsBuiltInJavaAreHeldTo() throws IOException {
        JsonNode schema;
        try (InputStream in = ContractJson.class.getResourceAsStream("visit.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        JsonNode history = schema.at("/properties/history/properties");
        for (String list : new String[] {"promises", "payments", "tickets", "excuses"}) {
            assertEquals(VisitLimits.HISTORY_ENTRIES, history.at("/" + list + "/maxItems").asInt(), list);
        }
        JsonNode excuses = schema.at("/properties/excuses");
        assertEquals(VisitLimits.EXCUSES, excuses.path("maxItems").asInt());
        assertEquals(VisitLimits.EXCUSE_TEXT_CHARS, excuses.at("/items/properties/text/maxLength").asInt());
        assertEquals(VisitLimits.EVIDENCE_CODES, excuses.at("/items/properties/evidence/maxItems").asInt());
    }
}
