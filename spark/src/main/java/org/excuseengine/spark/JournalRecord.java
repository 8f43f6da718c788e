package org.excuseengine.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.excuseengine.json.Utf8LineReader;
import org.excuseengine.replay.journal.CustomerJournals;
import org.excuseengine.replay.journal.JournalEvent;
import org.excuseengine.replay.journal.JournalProblem;

/**
 * One record of a journal, read where Spark read it: what is needed to send it to its customer's
 * partition (customer, date, visit id), with the record itself to be read again there, since the
 * library's events are not meant to travel between machines; or the problem that makes it skipped.
 *
 * @param json   the record as JSON (a JSONL line, or a Parquet row written as JSON); null for CSV
 * @param csvRow the CSV row, header name to cell; null for JSON
 */
record JournalRecord(long line, String customer, long epochDay, String visitId, String json,
                     HashMap<String, String> csvRow, String problemField, String problemMessage) implements Serializable {

    static JavaRDD<JournalRecord> read(SparkSession spark, String path, InputFormat format, int partitions) {
        return switch (format) {
            case JSONL -> NumberedLine.read(spark, path, partitions).map(JournalRecord::ofLine).filter(record -> record != null);
            case PARQUET -> NumberedLine.number(spark.read().parquet(path).toJSON().javaRDD(), 0)
                    .map(JournalRecord::ofLine).filter(record -> record != null);
            case CSV -> csvRows(spark, path).zipWithIndex()
                    // Line 1 is the header; each record then stands on its own line, unless a quoted cell spans lines.
                    .map(numbered -> ofCsvRow(numbered._1(), numbered._2() + 2)).filter(record -> record != null);
        };
    }

    private static JavaRDD<HashMap<String, String>> csvRows(SparkSession spark, String path) {
        Dataset<Row> rows = spark.read()
                .option("header", "true")
                .option("multiLine", "true") // a quoted cell may hold a line break
                .option("escape", "\"")      // a quote inside a quoted cell is doubled, as in RFC 4180
                .csv(path);
        String[] columns = rows.schema().fieldNames();
        return rows.javaRDD().map(row -> {
            HashMap<String, String> cells = new HashMap<>();
            for (int i = 0; i < columns.length; i++) {
                cells.put(columns[i], row.isNullAt(i) ? null : row.getString(i));
            }
            return cells;
        });
    }

    private static JournalRecord ofLine(NumberedLine numbered) {
        Utf8LineReader.Line line = numbered.decode();
        if (!line.readable()) {
            return problem(new JournalProblem(line.number(), "", line.problem()));
        }
        CustomerJournals.Read read = CustomerJournals.readJsonLine(line.text(), line.number());
        return read == null ? null : of(read, line.text(), null);
    }

    private static JournalRecord ofCsvRow(HashMap<String, String> row, long line) {
        CustomerJournals.Read read = CustomerJournals.readCsvRow(row, line);
        return read == null ? null : of(read, null, row);
    }

    private static JournalRecord of(CustomerJournals.Read read, String json, HashMap<String, String> row) {
        if (!read.ok()) {
            return problem(read.problem());
        }
        JournalEvent event = read.event();
        String visitId = event instanceof JournalEvent.VisitLogged visit ? visit.visitId() : null;
        return new JournalRecord(event.line(), event.customer(), event.date().toEpochDay(), visitId, json, row, null, null);
    }

    private static JournalRecord problem(JournalProblem problem) {
        return new JournalRecord(problem.line(), null, 0, null, null, null, problem.field(), problem.message());
    }

    boolean ok() {
        return problemMessage == null;
    }

    LocalDate date() {
        return LocalDate.ofEpochDay(epochDay);
    }

    JournalProblem problem() {
        return new JournalProblem(line, problemField, problemMessage);
    }

    /** The event, read again on the machine that replays its customer: the same event as where it was first read. */
    JournalEvent event() {
        CustomerJournals.Read read = json != null ? CustomerJournals.readJsonLine(json, line) : CustomerJournals.readCsvRow(csvRow, line);
        return read.event();
    }

    /** The record as a duplicate visit: skipped, since an earlier line used its visit id. */
    JournalRecord asDuplicate() {
        JournalProblem duplicate = CustomerJournals.duplicateVisit((JournalEvent.VisitLogged) event());
        return new JournalRecord(line, customer, epochDay, visitId, json, csvRow, duplicate.field(), duplicate.message());
    }

}
