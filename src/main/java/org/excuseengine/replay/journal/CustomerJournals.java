package org.excuseengine.replay.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A journal read in pieces, for engines that split it by customer across machines (the Spark job
 * does): each record is read on its own at its line, and each customer's timeline is built from
 * that customer's events alone. What {@link JournalReader} does for a whole journal in one memory
 * comes to the same thing given the two facts that span customers: which earlier line used a
 * visit id first, and the journal's last day. Reading a record here gives exactly the event or
 * the problem {@link JournalReader} gives for it.
 */
public final class CustomerJournals {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    // The parser keeps no state: one serves every thread.
    private static final EventParser PARSER = new EventParser();

    private CustomerJournals() {}

    /** One record read: its event, or the problem that makes it skipped. */
    public record Read(JournalEvent event, JournalProblem problem) {
        public boolean ok() {
            return event != null;
        }
    }

    /** Reads one JSONL line of a journal; null for a blank line, which a journal may hold. */
    public static Read readJsonLine(String text, long line) {
        if (text.isBlank()) {
            return null;
        }
        JsonNode record;
        try {
            record = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new Read(null, new JournalProblem(line, "", "malformed JSON: " + e.getOriginalMessage()));
        }
        return read(record, line);
    }

    /** Reads one CSV row, as header name to cell; null for a row of blank cells. */
    public static Read readCsvRow(Map<String, String> row, long line) {
        return CsvRecords.isBlank(row) ? null : read(CsvRecords.unflatten(row), line);
    }

    static Read read(JsonNode record, long line) {
        try {
            return new Read(PARSER.parse(record, line), null);
        } catch (InvalidEventException e) {
            return new Read(null, e.at(line));
        }
    }

    /** The problem of a visit whose id an earlier line of the journal already used. */
    public static JournalProblem duplicateVisit(JournalEvent.VisitLogged visit) {
        return new InvalidEventException("visitId", "\"" + visit.visitId() + "\" was already used by an earlier visit")
                .at(visit.line());
    }

    /**
     * One customer's timeline, from all of its events that were read (in any order), given the
     * date of the journal's last event; events that contradict earlier ones go to {@code problems}.
     */
    public static CustomerTimeline timeline(String customerId, List<JournalEvent> events, LocalDate journalEnd,
                                            Consumer<JournalProblem> problems) {
        return CustomerTimeline.build(customerId, events, journalEnd, problems);
    }
}
