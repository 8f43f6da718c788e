package org.excuseengine.replay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.excuseengine.model.Category;
import org.excuseengine.model.Visit;
import org.junit.jupiter.api.Test;

class JournalReaderTest {
    static final String JSONL = String.join("\n",
            "{\"type\":\"customer\",\"date\":\"2024-12-01\",\"customer\":\"C-1\",\"name\":\"Harbor Trading\",\"creditRating\":\"B\",\"profile\":\"CHRONIC_STALLER\"}",
            "{\"type\":\"visit\",\"date\":\"2025-01-10\",\"customer\":\"C-1\",\"visitId\":\"V-1\",\"overdueAmount\":120000,\"overdueDays\":45,"
                    + "\"target\":100000,\"commitment\":{\"amount\":50000,\"due\":\"2025-01-31\"},\"lang\":\"en\","
                    + "\"excuses\":[{\"text\":\"Cash is tight, next month\",\"category\":\"TIGHT_CASH\",\"evidence\":[\"BANK_STATEMENT\"],\"intent\":\"STALL\"}]}",
            "{\"type\":\"payment\",\"date\":\"2025-01-20\",\"customer\":\"C-1\",\"amount\":20000}",
            "{\"type\":\"ticket_opened\",\"date\":\"2025-01-22\",\"customer\":\"C-1\",\"ticketId\":\"T-1\",\"kind\":\"QUALITY\"}",
            "{\"type\":\"visit\",\"date\":\"2025-02-05\",\"customer\":\"C-1\",\"visitId\":\"V-2\",\"overdueAmount\":100000,\"overdueDays\":50,"
                    + "\"excuses\":[{\"text\":\"Half the goods were faulty\",\"intent\":\"LEVERAGE\"}]}");

    static final String CSV = String.join("\n",
            "type,date,customer,name,creditRating,profile,visitId,overdueAmount,overdueDays,target,commitment.amount,commitment.due,lang,"
                    + "excuses.0.text,excuses.0.category,excuses.0.evidence,excuses.0.intent,amount,ticketId,kind",
            "customer,2024-12-01,C-1,Harbor Trading,B,CHRONIC_STALLER,,,,,,,,,,,,,,",
            "visit,2025-01-10,C-1,,,,V-1,120000,45,100000,50000,2025-01-31,en,\"Cash is tight, next month\",TIGHT_CASH,BANK_STATEMENT,STALL,,,",
            "payment,2025-01-20,C-1,,,,,,,,,,,,,,,20000,,",
            "ticket_opened,2025-01-22,C-1,,,,,,,,,,,,,,,,T-1,QUALITY",
            "visit,2025-02-05,C-1,,,,V-2,100000,50,,,,,Half the goods were faulty,,,LEVERAGE,,,");

    @Test
    void jsonLinesAndCsvCarryTheSameEvents() throws IOException {
        Journal fromJson = read(JSONL, JournalFormat.JSONL);
        Journal fromCsv = read(CSV, JournalFormat.CSV);

        assertEquals(List.of(), fromJson.problems());
        assertEquals(List.of(), fromCsv.problems());
        assertEquals(5, fromCsv.events());
        assertEquals(visits(fromJson), visits(fromCsv));
        JournalVisit first = fromCsv.customers().get(0).visits().get(0);
        assertEquals(Category.TIGHT_CASH, first.visit(List.of()).excuses().get(0).category());
        assertEquals(List.of("BANK_STATEMENT"), first.visit(List.of()).excuses().get(0).evidence());
        assertEquals(List.of("STALL"), first.intents());
        assertEquals("CHRONIC_STALLER", first.profile());
    }

    @Test
    void eventsInAnyOrderAreReplayedInTimeOrder() throws IOException {
        List<String> lines = new ArrayList<>(List.of(JSONL.split("\n")));
        Collections.shuffle(lines, new Random(3));

        Journal shuffled = read(String.join("\n", lines), JournalFormat.JSONL);

        assertEquals(visits(read(JSONL, JournalFormat.JSONL)), visits(shuffled));
    }

    @Test
    void aBadEventIsSkippedAndReportedWithItsLineAndFieldAndTheRestIsRead() throws IOException {
        String journal = String.join("\n",
                "{\"type\":\"customer\",\"date\":\"2024-12-01\",\"customer\":\"C-1\",\"creditRating\":\"B\"}",
                "{\"type\":\"payment\",\"date\":\"2025-01-20\",\"customer\":\"C-1\",\"amount\":\"a lot\"}",
                "{\"type\":\"refund\",\"date\":\"2025-01-20\",\"customer\":\"C-1\"}",
                "{\"type\":\"visit\",\"customer\":\"C-1\",\"visitId\":\"V-1\"}",
                "{\"type\":\"ticket_resolved\",\"date\":\"2025-01-20\",\"customer\":\"C-1\",\"ticketId\":\"T-9\"}",
                "{\"type\":\"payment\",",
                "{\"type\":\"visit\",\"date\":\"2025-01-10\",\"customer\":\"C-1\",\"visitId\":\"V-2\",\"commitment\":{\"amount\":10,\"due\":\"2025-01-01\"}}",
                "{\"type\":\"visit\",\"date\":\"2025-01-10\",\"customer\":\"C-1\",\"visitId\":\"V-3\"}",
                "",
                "{\"type\":\"visit\",\"date\":\"2025-01-11\",\"customer\":\"C-1\",\"visitId\":\"V-3\"}",
                "{\"type\":\"visit\",\"date\":\"2025-01-12\",\"customer\":\"C-1\",\"visitId\":\"V-4\",\"excuses\":[{\"category\":\"BORED\"}]}",
                "{\"type\":\"visit\",\"date\":\"2025-01-12\",\"customer\":\"C-1\",\"visitId\":\"V-5\",\"excuses\":[{\"evidence\":[\"X\"]}]}");

        Journal read = read(journal, JournalFormat.JSONL);

        List<String> problems = read.problems().stream().map(JournalProblem::toString).toList();
        assertEquals(9, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("line 2, field amount: expected a number above 0"), problems.get(0));
        assertTrue(problems.get(1).startsWith("line 3, field type: expected one of customer, "), problems.get(1));
        assertEquals("line 4, field date: missing: expected a date as YYYY-MM-DD", problems.get(2));
        assertEquals("line 5, field ticketId: ticket T-9 of customer C-1 was not opened on or before 2025-01-20", problems.get(3));
        assertTrue(problems.get(4).startsWith("line 6: malformed JSON"), problems.get(4));
        assertEquals("line 7, field commitment.due: is 2025-01-01, before the event's date 2025-01-10", problems.get(5));
        assertEquals("line 10, field visitId: \"V-3\" was already used by an earlier visit", problems.get(6));
        assertTrue(problems.get(7).startsWith("line 11, field excuses.0.category: expected one of ["), problems.get(7));
        assertEquals("line 12, field excuses.0.text: an excuse needs its text, its category or both", problems.get(8));
        assertEquals(2, read.events());
        assertEquals(List.of("V-3"), read.customers().get(0).visits().stream().map(JournalVisit::visitId).toList());
    }

    @Test
    void csvProblemsNameTheLineTheRecordStartsOnEvenAfterCellsSpanningLines() throws IOException {
        String journal = String.join("\n",
                "type,date,customer,creditRating,visitId,excuses.0.text,amount",
                "customer,2024-12-01,C-1,B,,,",
                "visit,2025-01-10,C-1,,V-1,\"We will pay,",
                "next week, really\",",
                "payment,2025-01-11,C-1,,,,-5",
                "payment,2025-01-12,C-1,,,,5,6");

        Journal read = read(journal, JournalFormat.CSV);

        List<String> problems = read.problems().stream().map(JournalProblem::toString).toList();
        assertEquals(2, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("line 5, field amount: expected a number above 0"), problems.get(0));
        assertTrue(problems.get(1).startsWith("line 6: malformed CSV"), problems.get(1));
        assertEquals("We will pay,\nnext week, really",
                read.customers().get(0).visits().get(0).visit(List.of()).excuses().get(0).text());
    }

    @Test
    void aCsvJournalWithALineThatIsNotUtf8StopsWithAnErrorNamingTheLine() {
        // Given a CSV journal whose third line holds a lone 0xFF: a quoted field may span lines, so it cannot be skipped alone
        String[] lines = CSV.split("\n");
        byte[] broken = (lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n").getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 5] = (byte) 0xFF;

        IOException error = assertThrows(IOException.class,
                () -> JournalReader.read(new ByteArrayInputStream(broken), JournalFormat.CSV));

        assertTrue(error.getMessage().startsWith("line 3 of the CSV journal: expected UTF-8 text, but byte 0xFF at offset "
                + (lines[2].length() - 4) + " of the line is not valid UTF-8"), error.getMessage());
    }

    @Test
    void theWriterWritesWhatTheReaderReadsInBothFormats() throws IOException {
        Journal original = read(JSONL, JournalFormat.JSONL);
        for (JournalFormat format : JournalFormat.values()) {
            java.io.StringWriter text = new java.io.StringWriter();
            try (JournalWriter writer = format == JournalFormat.CSV ? JournalWriter.csv(text, 1) : JournalWriter.jsonLines(text)) {
                for (JournalEvent event : JournalReader.read(new StringReader(JSONL), JournalFormat.JSONL).customers().get(0).events()) {
                    writer.write(event);
                }
            }
            Journal again = read(text.toString(), format);
            assertEquals(List.of(), again.problems(), format + ":\n" + text);
            assertEquals(visits(original), visits(again), format.name());
        }
    }

    static Journal read(String text, JournalFormat format) throws IOException {
        return JournalReader.read(new StringReader(text), format);
    }

    private static List<Visit> visits(Journal journal) {
        return journal.customers().stream().flatMap(customer -> customer.visits().stream())
                .map(visit -> visit.withOutcome(visit.visit(List.of()))).toList();
    }
}
