package org.excuseengine.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.excuseengine.model.Category;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.History;
import org.excuseengine.model.Outcome;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Visit;

/**
 * Builds visits for scenario tests in the words of the method: "a customer rated C, 60 days
 * overdue, who broke a promise 30 days ago, says cash is tight". Dates are given as days before
 * the visit, so a scenario reads the way a salesperson remembers it.
 */
public final class VisitBuilder {
    public static final LocalDate VISIT_DAY = LocalDate.of(2026, 3, 15);

    private String visitId = "V-1";
    private CreditRating rating = CreditRating.B;
    private BigDecimal overdue = BigDecimal.valueOf(100_000);
    private int overdueDays = 30;
    private BigDecimal target;
    private Commitment commitment;
    private Outcome outcome;
    private String lang;
    private final List<Promise> promises = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Ticket> tickets = new ArrayList<>();
    private final List<PastExcuse> pastExcuses = new ArrayList<>();
    private final List<ExcuseInput> excuses = new ArrayList<>();

    public static VisitBuilder aVisit() {
        return new VisitBuilder();
    }

    public VisitBuilder id(String id) {
        this.visitId = id;
        return this;
    }

    public VisitBuilder rated(CreditRating rating) {
        this.rating = rating;
        return this;
    }

    public VisitBuilder overdue(long amount, int days) {
        return overdue(BigDecimal.valueOf(amount), days);
    }

    public VisitBuilder overdue(BigDecimal amount, int days) {
        this.overdue = amount;
        this.overdueDays = days;
        return this;
    }

    public VisitBuilder target(long amount) {
        return target(BigDecimal.valueOf(amount));
    }

    public VisitBuilder target(BigDecimal amount) {
        this.target = amount;
        return this;
    }

    public VisitBuilder commits(long amount) {
        return commits(BigDecimal.valueOf(amount));
    }

    public VisitBuilder commits(BigDecimal amount) {
        this.commitment = new Commitment(amount, VISIT_DAY.plusDays(14));
        return this;
    }

    /** What the customer went on to pay: known in a snapshot replayed later. */
    public VisitBuilder thenPaid(BigDecimal paid) {
        this.outcome = new Outcome(paid, null);
        return this;
    }

    public VisitBuilder lang(String lang) {
        this.lang = lang;
        return this;
    }

    public VisitBuilder keptPromise(int dueDaysAgo, long amount) {
        return promise(dueDaysAgo, amount, amount);
    }

    public VisitBuilder brokenPromise(int dueDaysAgo, long amount) {
        return promise(dueDaysAgo, amount, 0);
    }

    public VisitBuilder partlyKeptPromise(int dueDaysAgo, long amount, long paid) {
        return promise(dueDaysAgo, amount, paid);
    }

    public VisitBuilder promise(int dueDaysAgo, long amount, long paid) {
        return promise(dueDaysAgo, BigDecimal.valueOf(amount), BigDecimal.valueOf(paid));
    }

    public VisitBuilder promise(int dueDaysAgo, BigDecimal amount, BigDecimal paid) {
        LocalDate due = VISIT_DAY.minusDays(dueDaysAgo);
        promises.add(new Promise(due.minusDays(14), due, amount, paid));
        return this;
    }

    public VisitBuilder payment(int daysAgo, long amount) {
        return payment(daysAgo, BigDecimal.valueOf(amount));
    }

    public VisitBuilder payment(int daysAgo, BigDecimal amount) {
        payments.add(new Payment(VISIT_DAY.minusDays(daysAgo), amount));
        return this;
    }

    public VisitBuilder openTicket(TicketKind kind, int openedDaysAgo) {
        tickets.add(new Ticket(VISIT_DAY.minusDays(openedDaysAgo), kind, TicketStatus.OPEN, null));
        return this;
    }

    public VisitBuilder earlierExcuse(Category category, int daysAgo) {
        pastExcuses.add(new PastExcuse(VISIT_DAY.minusDays(daysAgo), category));
        return this;
    }

    public VisitBuilder says(Category category, String... evidence) {
        excuses.add(new ExcuseInput(null, category, List.of(evidence)));
        return this;
    }

    public VisitBuilder saysInWords(String text) {
        excuses.add(ExcuseInput.of(text));
        return this;
    }

    public Visit build() {
        return new Visit(visitId, VISIT_DAY, new Customer("C-1", "Test Trading", rating, overdue, overdueDays),
                new History(promises, payments, tickets, pastExcuses), target, commitment, excuses, outcome, lang);
    }
}
