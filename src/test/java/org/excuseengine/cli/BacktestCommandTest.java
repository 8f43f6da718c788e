package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
    }
}
