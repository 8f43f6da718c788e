package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aCsvJournalIsReplayedAndItsBadEventsAreReportedAndSkipped() throws IOException {
        Path journal = Files.write(dir.resolve("journal.csv"), List.of(
                "type,date,customer,creditRating,profile,visitId,overdueAmount,overdueDays,commitment.amount,commitment.due,"
                        + "excuses.0.text,excuses.0.category,excuses.0.intent,amount",
                "customer,2024-12-01,C-1,C,CHRONIC_STALLER,,,,,,,,,",
                "visit,2025-01-10,C-1,,,V-1,90000,70,30000,2025-01-20,cash is tight,,STALL,",
                "payment,2025-01-15,C-1,,,,,,,,,,,ten thousand",
                "payment,2025-01-18,C-1,,,,,,,,,,,10000",
                "visit,2025-01-25,C-1,,,V-2,80000,75,30000,2025-02-05,,TIGHT_CASH,STALL,",
                "payment,2025-02-10,C-1,,,,,,,,,,,5000"));
        Path out = dir.resolve("assessments.jsonl");
        Path visits = dir.resolve("visits.jsonl");
        Path metrics = dir.resolve("metrics.json");

        Cli.Run run = Cli.run("backtest", journal.toString(), "--out", out.toString(), "--visits", visits.toString(),
                "--metrics", metrics.toString());

        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.err());
        assertTrue(run.err().contains("skipped line 4, field amount: expected a number above 0, got \"ten thousand\""), run.err());
        assertTrue(run.err().contains("5 events read, 1 skipped; 1 customers, 2 visits"), run.err());
        assertEquals(2, Files.readAllLines(out).size());
        JsonNode second = MAPPER.readTree(Files.readAllLines(visits).get(1));
        assertEquals("TIGHT_CASH", second.at("/history/excuses/0/category").asText(), "the first visit's excuse, as classified");
        assertEquals(10000, second.at("/history/promises/0/paid").asInt());
        assertEquals(0, second.at("/outcome/paid").asInt());
        JsonNode champion = MAPPER.readTree(metrics.toFile()).get("champion");
        assertEquals(1, champion.at("/commitments/partial").asInt());
        assertEquals(1, champion.at("/commitments/broken").asInt());
        assertEquals(2, champion.at("/byProfile/CHRONIC_STALLER/outcomes/visits").asInt());
        assertTrue(run.err().contains("By hidden customer profile"), run.err());
        JsonNode first = MAPPER.readTree(Files.readAllLines(visits).get(0));
        assertEquals(5000, first.at("/outcome/paidLate").asInt(), "a payment after both due dates goes to the older promise");
        assertEquals(0, second.at("/outcome/paidLate").asInt());
        assertEquals(new BigDecimal("15000"), champion.at("/commitments/withLateDays/collected").decimalValue());

        Path replayMetrics = dir.resolve("replay-metrics.json");
        Cli.Run replay = Cli.run("replay", visits.toString(), "--metrics", replayMetrics.toString());
        assertEquals(ExitCodes.OK, replay.exitCode(), replay.err());
        assertEquals(champion.at("/commitments"), MAPPER.readTree(replayMetrics.toFile()).at("/champion/commitments"),
                "the snapshot file tells the late payments as the journal did");
    }

    @Test
    void aJsonLinesEventThatIsNotUtf8IsReportedAndSkippedAndTheRestIsReplayed() throws IOException {
        // Given a JSONL journal whose payment line holds bytes that are not UTF-8: 0xC3 0x28 and a lone 0xFF
        String payment = "{\"type\":\"payment\",\"date\":\"2025-01-15\",\"customer\":\"C-1\",\"amount\":10000,\"note\":\"?\"}";
        int badByteOffset = payment.indexOf('?');
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(lines(
                "{\"type\":\"customer\",\"date\":\"2024-12-01\",\"customer\":\"C-1\",\"creditRating\":\"C\",\"profile\":\"CHRONIC_STALLER\"}",
                "{\"type\":\"visit\",\"date\":\"2025-01-10\",\"customer\":\"C-1\",\"visitId\":\"V-1\",\"overdueAmount\":90000,"
                        + "\"overdueDays\":70,\"excuses\":[{\"text\":\"cash is tight\",\"intent\":\"STALL\"}]}"));
        file.writeBytes(payment.substring(0, badByteOffset).getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xC3, 0x28, ' ', (byte) 0xFF});
        file.writeBytes(lines(payment.substring(badByteOffset + 1),
                "{\"type\":\"visit\",\"date\":\"2025-01-25\",\"customer\":\"C-1\",\"visitId\":\"V-2\",\"overdueAmount\":80000,"
                        + "\"overdueDays\":75,\"excuses\":[{\"category\":\"TIGHT_CASH\",\"intent\":\"STALL\"}]}"));
        Path journal = Files.write(dir.resolve("journal.jsonl"), file.toByteArray());
        Path out = dir.resolve("assessments.jsonl");

        // When it is backtested
        Cli.Run run = Cli.run("backtest", journal.toString(), "--out", out.toString());

        // Then the bad line is skipped with a message naming it and the byte, and both visits are assessed
        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.err());
        assertTrue(run.err().contains("skipped line 3: expected UTF-8 text, but byte 0xC3 at offset " + badByteOffset
                + " of the line is not valid UTF-8"), run.err());
        assertTrue(run.err().contains("3 events read, 1 skipped; 1 customers, 2 visits"), run.err());
        List<String> assessments = Files.readAllLines(out);
        assertEquals(2, assessments.size());
        assertTrue(MAPPER.readTree(assessments.get(1)).has("verdict"), assessments.get(1));
    }

    private static byte[] lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
