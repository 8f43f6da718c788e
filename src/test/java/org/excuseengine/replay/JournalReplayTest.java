package org.excuseengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Category;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.replay.generator.HistoryGenerator;
import org.excuseengine.replay.journal.Journal;
import org.excuseengine.replay.journal.JournalFormat;
import org.excuseengine.replay.journal.JournalReader;
import org.excuseengine.replay.journal.JournalWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JournalReplayTest {
    private static final ContractJson JSON = new ContractJson();
    private static ExcuseEngine engine;
    private static String generated;

    @BeforeAll
    static void loadRulesAndGenerate() throws IOException {
        engine = ExcuseEngine.fromRules(Path.of("rules"));
        StringWriter text = new StringWriter();
        try (JournalWriter writer = JournalWriter.jsonLines(text)) {
            new HistoryGenerator(new HistoryGenerator.Settings(8, 5, 42, LocalDate.of(2025, 1, 1))).generate(writer);
        }
        generated = text.toString();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void noVisitIsJudgedOnAnythingThatHappenedAfterIt() throws IOException {
        LocalDate cut = LocalDate.of(2025, 3, 31);
        List<String> upToCut = generated.lines()
                .filter(line -> !LocalDate.parse(line.replaceAll(".*\"date\":\"([0-9-]{10})\".*", "$1")).isAfter(cut))
                .toList();

        Map<String, String> whole = assessmentsById(generated);
        Map<String, String> cutShort = assessmentsById(String.join("\n", upToCut));

        assertTrue(cutShort.size() > 20, "visits up to the cut: " + cutShort.size());
        assertTrue(whole.size() > cutShort.size() + 20);
        cutShort.forEach((visitId, assessment) -> assertEquals(assessment, whole.get(visitId), visitId));
    }

    @Test
    void eachCommitmentIsSettledByThePaymentsUpToItsDueDate() throws IOException {
        String journal = String.join("\n",
                event("customer", "2024-12-01", "\"creditRating\":\"B\""),
                visit("V-1", "2025-01-10", "2025-01-20", "\"category\":\"TIGHT_CASH\""),
                event("payment", "2025-01-15", "\"amount\":1000"),
                visit("V-2", "2025-02-10", "2025-02-20", "\"category\":\"TIGHT_CASH\""),
                event("payment", "2025-02-12", "\"amount\":300"),
                event("payment", "2025-02-21", "\"amount\":700"),
                visit("V-3", "2025-03-10", "2025-03-20", "\"text\":\"cash is tight\""),
                visit("V-4", "2025-03-25", "2025-04-30", "\"category\":\"PAYING_SOON\""),
                event("payment", "2025-03-31", "\"amount\":1"));
        List<ReplayedVisit> seen = replay(journal);

        assertEquals(Settlement.Status.KEPT, seen.get(0).settlement().status());
        assertEquals(Settlement.Status.PARTIAL, seen.get(1).settlement().status());
        assertEquals(0, seen.get(1).settlement().paid().compareTo(java.math.BigDecimal.valueOf(300)));
        assertEquals(Settlement.Status.BROKEN, seen.get(2).settlement().status());
        assertNull(seen.get(3).settlement(), "due after the journal's last day: not known yet");
    }

    @Test
    void earlierExcusesBecomeHistoryWithTheCategoryTheRulesGaveThem() throws IOException {
        String journal = String.join("\n",
                event("customer", "2024-12-01", "\"creditRating\":\"B\""),
                visit("V-1", "2025-01-10", "2025-01-20", "\"text\":\"cash is tight\""),
                visit("V-2", "2025-02-01", "2025-02-10", "\"category\":\"TIGHT_CASH\""),
                visit("V-3", "2025-02-20", "2025-02-28", "\"category\":\"TIGHT_CASH\""));

        ReplayedVisit third = replay(journal).get(2);

        assertEquals(List.of(new PastExcuse(LocalDate.of(2025, 1, 10), Category.TIGHT_CASH),
                new PastExcuse(LocalDate.of(2025, 2, 1), Category.TIGHT_CASH)), third.visit().history().excuses());
        assertTrue(third.champion().assessment().rulesFired().contains("an excuse heard twice before in 90 days loses 10 more"),
                third.champion().assessment().rulesFired().toString());
    }

    @Test
    void theVisitsABacktestWritesReplayToTheSameAssessments() throws IOException {
        Journal journal = JournalReader.read(new StringReader(generated), JournalFormat.JSONL);
        StringWriter assessments = new StringWriter();
        StringWriter snapshots = new StringWriter();
        new JournalReplay(RuleSets.of(engine), JSON, 2).run(journal, assessments, snapshots, visit -> { });

        StringWriter replayed = new StringWriter();
        new SnapshotReplay(RuleSets.of(engine), JSON, 2)
                .run(new ByteArrayInputStream(snapshots.toString().getBytes(StandardCharsets.UTF_8)), replayed, visit -> { });

        List<String> fromJournal = assessments.toString().lines().toList();
        List<String> fromSnapshots = replayed.toString().lines().toList();
        assertEquals(journal.visits(), fromJournal.size());
        for (int i = 0; i < fromJournal.size(); i++) {
            assertEquals(fromJournal.get(i), fromSnapshots.get(i), "line " + (i + 1));
        }
    }

    private static Map<String, String> assessmentsById(String journalText) throws IOException {
        Journal journal = JournalReader.read(new StringReader(journalText), JournalFormat.JSONL);
        StringWriter out = new StringWriter();
        new JournalReplay(RuleSets.of(engine), JSON, 2).run(journal, out, null, visit -> { });
        Map<String, String> byId = new LinkedHashMap<>();
        for (String line : out.toString().lines().toList()) {
            byId.put(JSON.mapper().readTree(line).get("visitId").asText(), line);
        }
        return byId;
    }

    private static List<ReplayedVisit> replay(String journalText) throws IOException {
        Journal journal = JournalReader.read(new StringReader(journalText), JournalFormat.JSONL);
        assertEquals(List.of(), journal.problems());
        List<ReplayedVisit> seen = new ArrayList<>();
        new JournalReplay(RuleSets.of(engine), JSON, 1).run(journal, null, null, seen::add);
        return seen;
    }

    private static String visit(String visitId, String date, String due, String excuse) {
        return event("visit", date, "\"visitId\":\"" + visitId + "\",\"overdueAmount\":5000,\"overdueDays\":30,"
                + "\"commitment\":{\"amount\":1000,\"due\":\"" + due + "\"},\"excuses\":[{" + excuse + "}]");
    }

    private static String event(String type, String date, String fields) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"customer\":\"C-1\"," + fields + "}";
    }
}
