package org.excuseengine.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.excuseengine.model.Category;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.History;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Visit;

/**
 * Realistic visits for benchmarks, the same for the same seed: a customer's history of promises
 * (kept, partly kept, broken, pending, some settled by a payment in the grace days), payments,
 * tickets and earlier excuses, spread over the year before the visit; one or two excuses, half
 * with a category given and evidence shown, half in words (Traditional or Simplified Chinese, English).
 */
final class VisitGenerator {
    static final LocalDate VISIT_DAY = LocalDate.of(2026, 3, 15);

    private static final String[] TEXTS = {
        "最近資金緊張，這個月週轉比較慢",
        "Cash is tight this month after the inventory build-up",
        "资金紧张，这个月先付一部分",
        "上批电饭煲有二十台内胆脱漆，已经报修了",
        "你們的安裝師傅一直沒來，工地客戶都在抱怨",
        "The co-op advertising money you promised for spring never came",
        "钱刚被别的厂家业务员收走了",
        "Our own dealers owe us over 2 million and they're slow to pay",
        "馬上就付，匯款單在這裡",
        "We'll wire it right away, finance already approved it",
        "发票一直没收到，财务没法付款",
        "We dispute the freight charges on invoice 4471",
    };
    private static final String[] EVIDENCE = {
        "TICKET_REFERENCE", "DOWNSTREAM_AGING_REPORT", "BANK_STATEMENT", "REMITTANCE_ADVICE", "PROMOTION_AGREEMENT",
    };

    private final SplittableRandom random;

    VisitGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} visits whose histories hold {@code historyEvents} records each, in four even shares. */
    List<Visit> visits(int count, int historyEvents) {
        List<Visit> visits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            visits.add(visit("V-" + i, historyEvents));
        }
        return visits;
    }

    Visit visit(String visitId, int historyEvents) {
        LocalDate day = VISIT_DAY.minusDays(random.nextInt(30));
        List<Promise> promises = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        List<Ticket> tickets = new ArrayList<>();
        List<PastExcuse> pastExcuses = new ArrayList<>();
        for (int event = 0; event < historyEvents; event++) {
            switch (event % 4) {
                case 0 -> promise(day, promises, payments);
                case 1 -> payments.add(new Payment(day.minusDays(1 + random.nextInt(364)), amount(1_000, 80_000)));
                case 2 -> tickets.add(ticket(day));
                default -> pastExcuses.add(new PastExcuse(day.minusDays(1 + random.nextInt(200)), category()));
            }
        }
        // A settling payment may have been added for a promise: keep the history at its stated size.
        while (payments.size() > 0 && promises.size() + payments.size() + tickets.size() + pastExcuses.size() > historyEvents) {
            payments.remove(payments.size() - 1);
        }
        List<ExcuseInput> excuses = new ArrayList<>();
        int said = random.nextInt(5) == 0 ? 2 : 1;
        for (int e = 0; e < said; e++) {
            excuses.add(excuse());
        }
        BigDecimal overdue = amount(0, 900_000);
        boolean planned = random.nextInt(3) > 0;
        return new Visit(visitId, day,
                new Customer("C-" + random.nextInt(5_000), "Customer " + visitId, rating(), overdue, random.nextInt(400)),
                new History(promises, payments, tickets, pastExcuses),
                planned ? amount(50_000, 600_000) : null,
                planned || random.nextBoolean() ? new Commitment(amount(0, 400_000), day.plusDays(7 + random.nextInt(30))) : null,
                excuses, null, null);
    }

    private void promise(LocalDate day, List<Promise> promises, List<Payment> payments) {
        LocalDate due = day.minusDays(random.nextInt(-20, 360));
        BigDecimal amount = amount(5_000, 100_000);
        int kind = random.nextInt(10);
        BigDecimal paid = kind < 5 ? amount : kind < 7 ? amount.divide(BigDecimal.valueOf(3), 0, java.math.RoundingMode.DOWN)
                : BigDecimal.ZERO;
        if (kind == 9 && due.isBefore(day.minusDays(4))) {
            // Nothing by the due date, but the money came in the grace days.
            payments.add(new Payment(due.plusDays(1 + random.nextInt(3)), amount));
        }
        promises.add(new Promise(due.minusDays(14 + random.nextInt(20)), due, amount, paid));
    }

    private Ticket ticket(LocalDate day) {
        LocalDate opened = day.minusDays(1 + random.nextInt(300));
        TicketKind kind = TicketKind.values()[random.nextInt(TicketKind.values().length)];
        if (random.nextInt(4) == 0) {
            return new Ticket(opened, kind, TicketStatus.OPEN, null);
        }
        LocalDate closed = opened.plusDays(random.nextInt(40));
        return new Ticket(opened, kind, TicketStatus.RESOLVED, closed.isBefore(day) ? closed : day.minusDays(1));
    }

    private ExcuseInput excuse() {
        if (random.nextBoolean()) {
            return new ExcuseInput(TEXTS[random.nextInt(TEXTS.length)], null, List.of());
        }
        List<String> evidence = random.nextInt(3) == 0 ? List.of(EVIDENCE[random.nextInt(EVIDENCE.length)]) : List.of();
        return new ExcuseInput(null, category(), evidence);
    }

    private Category category() {
        return Category.values()[random.nextInt(Category.values().length)];
    }

    private CreditRating rating() {
        return CreditRating.values()[random.nextInt(CreditRating.values().length)];
    }

    private BigDecimal amount(int from, int to) {
        return BigDecimal.valueOf((long) random.nextInt(from / 100, to / 100 + 1) * 100);
    }
}
