package org.excuseengine.replay.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.Utf8LineReader;

/**
 * Reads a journal, JSONL or CSV, into a {@link Journal}. Every record is checked against the
 * journal schema; a record that breaks it is skipped and reported as a {@link JournalProblem}
 * naming its line and field, and the reading goes on; so is a JSONL line that is not UTF-8. The
 * whole journal is held in memory, since its events may come in any order and must be replayed in
 * time order.
 */
public final class JournalReader {
    private static final CsvMapper CSV = new CsvMapper();

    private final List<JournalEvent> events = new ArrayList<>();
    private final List<JournalProblem> problems = new ArrayList<>();
    private final Set<String> visitIds = new HashSet<>();

    private JournalReader() {}

    public static Journal read(Path file) throws IOException {
        return read(file, JournalFormat.of(file));
    }

    public static Journal read(Path file, JournalFormat format) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format);
        }
    }

    /**
     * Reads a journal from its UTF-8 bytes. A JSONL line that is not UTF-8 is skipped and reported
     * like any other bad event. CSV cannot do that, since a quoted field may span lines: such a
     * line stops the reading with an {@link IOException} that names it.
     */
    public static Journal read(InputStream in, JournalFormat format) throws IOException {
        Utf8LineReader lines = new Utf8LineReader(in, ContractJson.MAX_VISIT_LINE_BYTES);
        if (format == JournalFormat.CSV) {
            return read(new CsvText(lines), format);
        }
        JournalReader reader = new JournalReader();
        for (Utf8LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.readable()) {
                reader.readJsonLine(line.text(), line.number());
            } else {
                reader.problems.add(new JournalProblem(line.number(), "", line.problem()));
            }
        }
        return Journal.of(reader.events, reader.problems);
    }

    /** Reads a journal already decoded to text. */
    public static Journal read(Reader in, JournalFormat format) throws IOException {
        JournalReader reader = new JournalReader();
        if (format == JournalFormat.CSV) {
            reader.readCsv(in);
        } else {
            BufferedReader text = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
            long line = 0;
            for (String record = text.readLine(); record != null; record = text.readLine()) {
                reader.readJsonLine(record, ++line);
            }
        }
        return Journal.of(reader.events, reader.problems);
    }

    private void readJsonLine(String text, long line) {
        CustomerJournals.Read read = CustomerJournals.readJsonLine(text, line);
        if (read == null) {
            return;
        }
        if (read.ok()) {
            accept(read.event(), line);
        } else {
            problems.add(read.problem());
        }
    }

    private void readCsv(Reader in) throws IOException {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(header).readValues(in)) {
            long lastFailure = -1;
            while (true) {
                long line = -1;
                try {
                    if (!rows.hasNextValue()) {
                        return;
                    }
                    // The parser stands at the end of the previous record: this record starts on the next line.
                    line = rows.getParser().currentTokenLocation().getLineNr() + 1;
                    Map<String, String> row = rows.nextValue();
                    if (!CsvRecords.isBlank(row)) {
                        accept(CsvRecords.unflatten(row), line);
                    }
                } catch (JsonProcessingException e) {
                    long at = line > 0 ? line : rows.getParser().currentLocation().getLineNr();
                    problems.add(new JournalProblem(at, "", "malformed CSV: " + e.getOriginalMessage()));
                    if (at == lastFailure) {
                        return; // the parser cannot get past this point: stop rather than report it forever
                    }
                    lastFailure = at;
                }
            }
        }
    }

    private void accept(JsonNode record, long line) {
        CustomerJournals.Read read = CustomerJournals.read(record, line);
        if (read.ok()) {
            accept(read.event(), line);
        } else {
            problems.add(read.problem());
        }
    }

    private void accept(JournalEvent event, long line) {
        if (event instanceof JournalEvent.VisitLogged visit && !visitIds.add(visit.visitId())) {
            problems.add(CustomerJournals.duplicateVisit(visit));
            return;
        }
        events.add(event);
    }
}
