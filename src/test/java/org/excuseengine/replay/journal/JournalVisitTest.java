package org.excuseengine.replay.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Outcome;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Visit;
import org.junit.jupiter.api.Test;

/** How a journal visit is rebuilt on the history as it stood that day, and how its outcome is derived. */
class JournalVisitTest {
    private static final String CUSTOMER = event("customer", "2024-11-01", "\"creditRating\":\"B\"");
    private static final String PROMISE = event("promise", "2025-01-02", "\"amount\":1000,\"due\":\"2025-01-12\"");
    private static final String PAID_PART = event("payment", "2025-01-05", "\"amount\":400");
    private static final String TICKET = event("ticket_opened", "2025-01-06", "\"ticketId\":\"T-1\",\"kind\":\"QUALITY\"");
    private static final String RESOLVED = event("ticket_resolved", "2025-01-08", "\"ticketId\":\"T-1\"");
    private static final String VISIT = event("visit", "2025-01-20",
            "\"visitId\":\"V-1\",\"overdueAmount\":5000,\"overdueDays\":40,\"commitment\":{\"amount\":2000,\"due\":\"2025-01-31\"},"
                    + "\"excuses\":[{\"category\":\"QUALITY\"}]");

    @Test
    void theVisitSeesEverythingBeforeItsDayAsItStoodThen() throws IOException {
        Visit visit = onlyVisit(CUSTOMER, PROMISE, PAID_PART, TICKET, RESOLVED, VISIT).visit(List.of());

        assertEquals(CreditRating.B, visit.customer().creditRating());
        assertEquals(List.of(new Promise(date("2025-01-02"), date("2025-01-12"), amount(1000), amount(400))),
                visit.history().promises());
        assertEquals(List.of(new Payment(date("2025-01-05"), amount(400))), visit.history().payments());
        assertEquals(List.of(new Ticket(date("2025-01-06"), TicketKind.QUALITY, TicketStatus.RESOLVED, date("2025-01-08"))),
                visit.history().tickets());
        assertNull(visit.outcome(), "the rules must not see the outcome");
    }

    @Test
    void nothingOnOrAfterTheVisitDayChangesWhatTheVisitSees() throws IOException {
        Visit alone = onlyVisit(CUSTOMER, PROMISE, PAID_PART, TICKET, VISIT).visit(List.of());

        Visit withLaterEvents = journal(CUSTOMER, PROMISE, PAID_PART, TICKET, VISIT,
                event("payment", "2025-01-20", "\"amount\":600"),
                event("ticket_resolved", "2025-01-20", "\"ticketId\":\"T-1\""),
                event("rating_changed", "2025-01-20", "\"creditRating\":\"D\""),
                event("ticket_opened", "2025-01-25", "\"ticketId\":\"T-2\",\"kind\":\"AFTER_SALES\""),
                event("promise", "2025-01-21", "\"amount\":700,\"due\":\"2025-02-12\""),
                event("payment", "2025-02-01", "\"amount\":3000"),
                event("visit", "2025-02-10", "\"visitId\":\"V-2\",\"excuses\":[{\"category\":\"TIGHT_CASH\"}]"))
                .customers().get(0).visits().get(0).visit(List.of());

        assertEquals(alone, withLaterEvents);
    }

    @Test
    void aCustomerWithYearsOfPaymentsIsVisitedWithTheLatestThousand() throws IOException {
        List<String> events = new java.util.ArrayList<>(List.of(CUSTOMER));
        LocalDate first = date("2021-01-01");
        for (int day = 0; day < 1_200; day++) {
            events.add(event("payment", first.plusDays(day).toString(), "\"amount\":" + (100 + day)));
        }
        events.add(event("visit", "2025-01-20", "\"visitId\":\"V-1\",\"excuses\":[{\"category\":\"TIGHT_CASH\"}]"));

        Visit visit = onlyVisit(events.toArray(String[]::new)).visit(List.of());

        List<Payment> payments = visit.history().payments();
        assertEquals(org.excuseengine.model.VisitLimits.HISTORY_ENTRIES, payments.size());
        assertEquals(new Payment(first.plusDays(1_199), amount(100 + 1_199)), payments.get(payments.size() - 1));
        assertEquals(new Payment(first.plusDays(200), amount(300)), payments.get(0));
    }

    @Test
    void anOldOpenTicketStaysWhenOlderResolvedOnesMakeRoom() throws IOException {
        List<String> events = new java.util.ArrayList<>(List.of(CUSTOMER,
                event("ticket_opened", "2020-06-01", "\"ticketId\":\"T-OLD\",\"kind\":\"QUALITY\"")));
        LocalDate first = date("2021-01-01");
        for (int i = 0; i < 1_100; i++) {
            events.add(event("ticket_opened", first.plusDays(i).toString(), "\"ticketId\":\"T-" + i + "\",\"kind\":\"AFTER_SALES\""));
            events.add(event("ticket_resolved", first.plusDays(i).toString(), "\"ticketId\":\"T-" + i + "\""));
        }
        events.add(event("visit", "2025-01-20", "\"visitId\":\"V-1\",\"excuses\":[{\"category\":\"QUALITY\"}]"));

        List<Ticket> tickets = onlyVisit(events.toArray(String[]::new)).visit(List.of()).history().tickets();

        assertEquals(org.excuseengine.model.VisitLimits.HISTORY_ENTRIES, tickets.size());
        assertEquals(new Ticket(date("2020-06-01"), TicketKind.QUALITY, TicketStatus.OPEN, null), tickets.get(0));
        assertEquals(first.plusDays(1_099), tickets.get(tickets.size() - 1).opened());
    }

    @Test
    void aTicketIsOpenUntilTheDayAfterItWasResolved() throws IOException {
        String resolvedOnVisitDay = event("ticket_resolved", "2025-01-20", "\"ticketId\":\"T-1\"");

        Ticket ticket = onlyVisit(CUSTOMER, TICKET, resolvedOnVisitDay, VISIT).visit(List.of()).history().tickets().get(0);

        assertEquals(TicketStatus.OPEN, ticket.status());
        assertNull(ticket.closed());
    }

    @Test
    void theRatingIsTheLastOneSetBeforeTheVisitUnlessTheVisitGivesItsOwn() throws IOException {
        String downgrade = event("rating_changed", "2025-01-10", "\"creditRating\":\"C\"");
        String ratedVisit = event("visit", "2025-01-20", "\"visitId\":\"V-1\",\"creditRating\":\"A\"");

        assertEquals(CreditRating.C, onlyVisit(CUSTOMER, downgrade, VISIT).visit(List.of()).customer().creditRating());
        assertEquals(CreditRating.A, onlyVisit(CUSTOMER, downgrade, ratedVisit).visit(List.of()).customer().creditRating());
    }

    @Test
    void aVisitWithNoRatingKnownCannotBeJudged() throws IOException {
        JournalVisit visit = onlyVisit(VISIT);

        assertNotNull(visit.problem());
        assertEquals("no credit rating is known for customer C-1 before 2025-01-20: give the visit a creditRating, "
                + "or log a customer or rating_changed event before it", visit.problem());
    }

    @Test
    void earlierExcusesAreHistoryOnlyWhenHeardBeforeTheVisitDay() throws IOException {
        List<PastExcuse> heard = List.of(new PastExcuse(date("2025-01-05"), Category.TIGHT_CASH),
                new PastExcuse(date("2025-01-20"), Category.OTHER));

        Visit visit = onlyVisit(CUSTOMER, VISIT).visit(heard);

        assertEquals(List.of(heard.get(0)), visit.history().excuses());
    }

    @Test
    void theOutcomeIsWhatWasPaidFromTheVisitDayToTheDueDateAndWhatCameInTheLateDays() throws IOException {
        String sameDay = event("payment", "2025-01-20", "\"amount\":500");
        String beforeDue = event("payment", "2025-01-31", "\"amount\":700");
        String afterDue = event("payment", "2025-02-01", "\"amount\":800");

        JournalVisit keptLate = onlyVisit(CUSTOMER, VISIT, sameDay, beforeDue, afterDue);
        assertEquals(new Outcome(amount(1200), date("2025-01-31"), amount(800)), keptLate.outcome());

        JournalVisit brokenButPaidLate = onlyVisit(CUSTOMER, VISIT, afterDue);
        assertEquals(new Outcome(BigDecimal.ZERO, null, amount(800)), brokenButPaidLate.outcome());

        JournalVisit kept = onlyVisit(CUSTOMER, VISIT, event("payment", "2025-01-25", "\"amount\":2500"), afterDue);
        assertEquals(new Outcome(amount(2000), date("2025-01-25"), BigDecimal.ZERO), kept.outcome(),
                "a promise takes only its own amount");
    }

    @Test
    void aPaymentMoreThanTheLateDaysAfterTheDueDateIsNoPartOfTheOutcome() throws IOException {
        String tooLate = event("payment", "2025-03-03", "\"amount\":2000");

        assertEquals(new Outcome(BigDecimal.ZERO, null, BigDecimal.ZERO), onlyVisit(CUSTOMER, VISIT, tooLate).outcome());
    }

    @Test
    void anEarlierPromiseDueSoonerIsPaidFirst() throws IOException {
        String olderPromise = event("promise", "2025-01-15", "\"amount\":1000,\"due\":\"2025-01-25\"");
        String payment = event("payment", "2025-01-22", "\"amount\":1500");
        String journalEnd = event("rating_changed", "2025-02-28", "\"creditRating\":\"B\"");

        JournalVisit visit = onlyVisit(CUSTOMER, olderPromise, VISIT, payment, journalEnd);

        assertEquals(new Outcome(amount(500), date("2025-01-22"), BigDecimal.ZERO), visit.outcome());
    }

    @Test
    void aCommitmentDueAfterTheJournalEndsHasNoOutcomeYet() throws IOException {
        String lastEvent = event("payment", "2025-01-30", "\"amount\":100");

        assertNull(onlyVisit(CUSTOMER, VISIT, lastEvent).outcome());
        assertNotNull(onlyVisit(CUSTOMER, VISIT, lastEvent, event("payment", "2025-01-31", "\"amount\":1")).outcome());
    }

    private static JournalVisit onlyVisit(String... lines) throws IOException {
        Journal journal = journal(lines);
        assertEquals(List.of(), journal.problems());
        return journal.customers().get(0).visits().get(0);
    }

    private static Journal journal(String... lines) throws IOException {
        return JournalReaderTest.read(String.join("\n", lines), JournalFormat.JSONL);
    }

    static String event(String type, String date, String fields) {
        return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"customer\":\"C-1\"," + fields + "}";
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static BigDecimal amount(long value) {
        return BigDecimal.valueOf(value);
    }
}
