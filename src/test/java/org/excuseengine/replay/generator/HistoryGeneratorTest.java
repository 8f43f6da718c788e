package org.excuseengine.replay.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Visit;
import org.excuseengine.replay.journal.Journal;
import org.excuseengine.replay.journal.JournalFormat;
import org.excuseengine.replay.journal.JournalReader;
import org.excuseengine.replay.journal.JournalVisit;
import org.excuseengine.replay.journal.JournalWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HistoryGeneratorTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static Journal hundredCustomers;

    @BeforeAll
    static void generateOnce() throws IOException {
        hundredCustomers = JournalReader.read(new StringReader(generate(100, 6, 7, JournalFormat.JSONL)), JournalFormat.JSONL);
    }

    @Test
    void theSameSeedGivesTheSameJournalAndAnotherSeedAnother() throws IOException {
        String once = generate(40, 6, 11, JournalFormat.JSONL);

        assertEquals(once, generate(40, 6, 11, JournalFormat.JSONL));
        assertNotEquals(once, generate(40, 6, 12, JournalFormat.JSONL));
    }

    @Test
    void everyGeneratedEventPassesTheJournalSchemaInBothFormats() throws IOException {
        for (JournalFormat format : JournalFormat.values()) {
            Journal journal = JournalReader.read(new StringReader(generate(30, 4, 5, format)), format);

            assertEquals(List.of(), journal.problems(), format.name());
            assertEquals(30, journal.customers().size());
            assertTrue(journal.visits() > 30 * 4, "about one visit every two to four weeks, got " + journal.visits());
            for (var customer : journal.customers()) {
                for (JournalVisit visit : customer.visits()) {
                    assertEquals(null, visit.problem(), visit.visitId());
                }
            }
        }
    }

    @Test
    void customersOfEveryProfileSpeakAllThreeLanguagesAndHalfTheExcusesAreWordsOnly() throws IOException {
        Journal journal = hundredCustomers;
        List<JournalVisit> visits = journal.customers().stream().flatMap(c -> c.visits().stream()).toList();
        List<Visit> rebuilt = visits.stream().map(v -> v.visit(List.of())).toList();
        List<ExcuseInput> excuses = rebuilt.stream().flatMap(v -> v.excuses().stream()).toList();

        Set<String> profiles = visits.stream().map(JournalVisit::profile).collect(Collectors.toSet());
        assertEquals(Arrays.stream(Profile.values()).map(Enum::name).collect(Collectors.toSet()), profiles);
        assertEquals(Set.of("zh-Hant", "zh-Hans", "en"), rebuilt.stream().map(Visit::lang).collect(Collectors.toSet()));
        assertTrue(excuses.stream().allMatch(excuse -> excuse.text() != null));
        double wordsOnly = excuses.stream().filter(excuse -> excuse.category() == null).count() / (double) excuses.size();
        assertTrue(wordsOnly > 0.45 && wordsOnly < 0.55, "share of excuses without a category: " + wordsOnly);
        Set<String> intents = visits.stream().flatMap(v -> v.intents().stream()).collect(Collectors.toSet());
        assertEquals(Set.of("GENUINE", "STALL", "LEVERAGE"), intents);
    }

    @Test
    void stallersBreakMoreCommitmentsThanReliablePayers() throws IOException {
        Journal journal = hundredCustomers;

        double reliable = brokenShare(journal, Profile.RELIABLE_PAYER);
        double staller = brokenShare(journal, Profile.CHRONIC_STALLER);

        assertTrue(reliable < 0.15 && staller > 0.4, "broken: reliable " + reliable + ", staller " + staller);
    }

    @Test
    void honestCustomersRaiseTheSameTicketBackedDefectAtSeveralVisits() {
        // For each honest-defect customer, the most visits at which one open ticket was on record.
        List<Long> visitsPerOpenTicket = hundredCustomers.customers().stream()
                .filter(customer -> customer.visits().stream().anyMatch(v -> Profile.HONEST_DEFECT.name().equals(v.profile())))
                .map(customer -> customer.visits().stream()
                        .flatMap(v -> v.visit(List.of()).history().tickets().stream()
                                .filter(ticket -> ticket.status() == TicketStatus.OPEN && ticket.opened().isBefore(v.date())))
                        .collect(Collectors.groupingBy(ticket -> ticket.opened() + " " + ticket.kind(), Collectors.counting()))
                        .values().stream().max(Long::compare).orElse(0L))
                .toList();

        assertTrue(!visitsPerOpenTicket.isEmpty() && visitsPerOpenTicket.stream().anyMatch(visits -> visits >= 2),
                "visits per open ticket, per honest-defect customer: " + visitsPerOpenTicket);
    }

    @Test
    void newCustomersComeToTheirFirstVisitWithoutAPaymentRecord() {
        List<Visit> firstVisits = hundredCustomers.customers().stream()
                .filter(customer -> Profile.NEW_CUSTOMER.name().equals(customer.visits().get(0).profile()))
                .map(customer -> customer.visits().get(0).visit(List.of())).toList();

        assertFalse(firstVisits.isEmpty());
        assertTrue(firstVisits.stream().allMatch(v -> v.history().promises().isEmpty() && v.history().payments().isEmpty()
                && !v.date().isBefore(START)), firstVisits.stream().map(v -> v.visitId() + " " + v.date() + " " + v.history()).toList()
                .toString());
    }

    private static double brokenShare(Journal journal, Profile profile) {
        List<JournalVisit> judged = journal.customers().stream().flatMap(c -> c.visits().stream())
                .filter(v -> profile.name().equals(v.profile()) && v.outcome() != null).toList();
        return judged.stream().filter(v -> v.outcome().paid().signum() == 0).count() / (double) judged.size();
    }

    private static String generate(int customers, int months, long seed, JournalFormat format) throws IOException {
        StringWriter text = new StringWriter();
        try (JournalWriter writer = format == JournalFormat.CSV
                ? JournalWriter.csv(text, HistoryGenerator.MAX_EXCUSES_PER_VISIT) : JournalWriter.jsonLines(text)) {
            HistoryGenerator.Written written = new HistoryGenerator(new HistoryGenerator.Settings(customers, months, seed, START))
                    .generate(writer);
            assertEquals(customers, written.customers());
        }
        return text.toString();
    }
}
