package org.excuseengine.replay.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes journal events, in the same schema {@link JournalReader} reads: one JSON object a line,
 * or CSV whose header names every field as a dotted path. A CSV journal has a fixed number of
 * excuse columns, given when the writer is made.
 */
public final class JournalWriter implements AutoCloseable {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final List<String> EXCUSE_FIELDS = List.of("text", "category", "evidence", "intent");

    private final Writer out;
    private final JournalFormat format;
    private final List<String> columns;
    private final SequenceWriter csv;
    private final int excuseColumns;

    private JournalWriter(Writer out, JournalFormat format, int excuseColumns) throws IOException {
        this.out = out;
        this.format = format;
        this.excuseColumns = excuseColumns;
        this.columns = format == JournalFormat.CSV ? csvColumns(excuseColumns) : List.of();
        this.csv = format == JournalFormat.CSV ? csvWriter(out, columns) : null;
    }

    public static JournalWriter jsonLines(Writer out) throws IOException {
        return new JournalWriter(out, JournalFormat.JSONL, 0);
    }

    /** A CSV writer with columns for up to {@code excusesPerVisit} excuses per visit. */
    public static JournalWriter csv(Writer out, int excusesPerVisit) throws IOException {
        return new JournalWriter(out, JournalFormat.CSV, excusesPerVisit);
    }

    public void write(JournalEvent event) throws IOException {
        ObjectNode record = toJson(event);
        if (format == JournalFormat.JSONL) {
            out.write(JSON.writeValueAsString(record));
            out.write('\n');
        } else {
            csv.write(flatten(record, event));
        }
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.flush();
        }
        out.flush();
    }

    /** The event as its JSON object, with the fields in the order docs/replay.md lists them. */
    static ObjectNode toJson(JournalEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", event.type().wireName());
        node.put("date", event.date().toString());
        node.put("customer", event.customer());
        if (event instanceof JournalEvent.CustomerOpened customer) {
            putText(node, "name", customer.name());
            node.put("creditRating", customer.creditRating().name());
            putText(node, "profile", customer.profile());
        } else if (event instanceof JournalEvent.RatingChanged rating) {
            node.put("creditRating", rating.creditRating().name());
        } else if (event instanceof JournalEvent.VisitLogged visit) {
            putVisit(node, visit);
        } else if (event instanceof JournalEvent.PromiseMade promise) {
            node.put("amount", promise.amount());
            node.put("due", promise.due().toString());
        } else if (event instanceof JournalEvent.PaymentReceived payment) {
            node.put("amount", payment.amount());
        } else if (event instanceof JournalEvent.TicketOpened ticket) {
            node.put("ticketId", ticket.ticketId());
            node.put("kind", ticket.kind().name());
        } else if (event instanceof JournalEvent.TicketResolved resolved) {
            node.put("ticketId", resolved.ticketId());
        }
        return node;
    }

    private static void putVisit(ObjectNode node, JournalEvent.VisitLogged visit) {
        node.put("visitId", visit.visitId());
        if (visit.creditRating() != null) {
            node.put("creditRating", visit.creditRating().name());
        }
        node.put("overdueAmount", visit.overdueAmount());
        node.put("overdueDays", visit.overdueDays());
        putAmount(node, "target", visit.target());
        if (visit.commitment() != null) {
            ObjectNode commitment = node.putObject("commitment");
            commitment.put("amount", visit.commitment().amount());
            putText(commitment, "due", visit.commitment().due() == null ? null : visit.commitment().due().toString());
        }
        putText(node, "lang", visit.lang());
        ArrayNode excuses = node.putArray("excuses");
        for (JournalEvent.JournalExcuse excuse : visit.excuses()) {
            ObjectNode item = excuses.addObject();
            putText(item, "text", excuse.input().text());
            putText(item, "category", excuse.input().category() == null ? null : excuse.input().category().name());
            if (!excuse.input().evidence().isEmpty()) {
                ArrayNode evidence = item.putArray("evidence");
                excuse.input().evidence().forEach(evidence::add);
            }
            putText(item, "intent", excuse.intent());
        }
    }

    private Map<String, String> flatten(ObjectNode record, JournalEvent event) {
        if (event instanceof JournalEvent.VisitLogged visit && visit.excuses().size() > excuseColumns) {
            throw new IllegalArgumentException("visit " + visit.visitId() + " has " + visit.excuses().size()
                    + " excuses; this CSV journal has columns for " + excuseColumns);
        }
        Map<String, String> row = new LinkedHashMap<>();
        flattenInto(row, "", record);
        return row;
    }

    /** The reverse of {@link CsvRecords#unflatten}: nested fields become dotted columns, evidence codes a spaced list. */
    private static void flattenInto(Map<String, String> row, String prefix, JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(field -> flattenInto(row, prefix + field.getKey() + ".", field.getValue()));
        } else if (node.isArray() && prefix.endsWith("evidence.")) {
            List<String> codes = new ArrayList<>();
            node.forEach(code -> codes.add(code.asText()));
            row.put(prefix.substring(0, prefix.length() - 1), String.join(" ", codes));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flattenInto(row, prefix + i + ".", node.get(i));
            }
        } else {
            row.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }

    private static List<String> csvColumns(int excuseColumns) {
        List<String> columns = new ArrayList<>(List.of("type", "date", "customer", "name", "creditRating", "profile",
                "visitId", "overdueAmount", "overdueDays", "target", "commitment.amount", "commitment.due", "lang"));
        for (int i = 0; i < excuseColumns; i++) {
            for (String field : EXCUSE_FIELDS) {
                columns.add("excuses." + i + "." + field);
            }
        }
        columns.addAll(List.of("amount", "due", "ticketId", "kind"));
        return columns;
    }

    private static SequenceWriter csvWriter(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return new CsvMapper().writer(schema.build()).writeValues(out);
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putAmount(ObjectNode node, String field, BigDecimal value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
