package org.excuseengine.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.Measure;
import org.excuseengine.model.PastExcuse;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Promise;
import org.excuseengine.model.Ticket;
import org.excuseengine.model.TicketStatus;
import org.excuseengine.model.Verdict;
import org.excuseengine.model.Visit;
import org.excuseengine.text.Classification;
import org.excuseengine.text.ExcuseClassifier;

/**
 * The core decisions of the shipped rules written by hand in plain Java: the physical floor a rule
 * engine is measured against. Same derived figures (promise outcomes with grace payments, promise
 * and payment records, repeats, matching tickets), same findings, verdicts, rebuttal choice,
 * escalation, gap levers and anchor; it builds no reasons or rebuttal texts and skips the contract
 * checks. Benchmark code only: the rules stay the one place where decisions live.
 */
final class PlainJavaDecisions {
    private static final int GRACE_DAYS = 3;
    private static final BigDecimal KEPT_SHARE = new BigDecimal("0.98");

    record Judged(int index, Category category, Verdict verdict, int score, String rebuttalId) {}

    record Decision(List<Judged> excuses, EscalationLevel level, int followUpInDays, Set<Measure> measures,
                    BigDecimal expected, BigDecimal openingAsk) {}

    private record Record(int kept, int partial, int broken) {
        boolean clean() {
            return partial == 0 && broken == 0;
        }

        int total() {
            return kept + partial + broken;
        }
    }

    private record Finding(Verdict verdict, int score, String rebuttalId, String rule) {}

    private final ExcuseClassifier classifier;

    PlainJavaDecisions(ExcuseClassifier classifier) {
        this.classifier = classifier;
    }

    Decision decide(Visit visit) {
        LocalDate today = visit.date();
        List<Category> categories = categories(visit.excuses());
        Map<Promise, BigDecimal> paidLate = gracePayments(visit, today);
        Record record90 = promiseRecord(visit, today, 90, paidLate);
        Record record180 = promiseRecord(visit, today, 180, paidLate);
        Map<Category, int[]> repeats = repeats(visit.history().excuses(), categories, today);
        BigDecimal largestIn365 = null;
        int paymentsIn365 = 0;
        for (Payment payment : visit.history().payments()) {
            if (!payment.date().isBefore(today.minusDays(365)) && payment.date().isBefore(today)) {
                paymentsIn365++;
                largestIn365 = largestIn365 == null || payment.amount().compareTo(largestIn365) > 0 ? payment.amount() : largestIn365;
            }
        }
        BigDecimal committed = visit.commitment() == null ? null : visit.commitment().amount();

        List<Judged> judged = new ArrayList<>(categories.size());
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            List<String> evidence = evidenceOf(visit, i, categories.size());
            List<Finding> findings = new ArrayList<>(4);
            int[] repeat = repeats.get(category);
            judgeCategory(category, evidence, hasMatchingTicket(visit, category, today), record90, record180,
                    repeat[0], repeat[1], findings);
            if (category == Category.PAYING_SOON && committed != null && paymentsIn365 > 0
                    && largestIn365.multiply(BigDecimal.valueOf(3)).compareTo(committed) < 0) {
                findings.add(new Finding(Verdict.DOUBTFUL, 30, "commitment.beyond-record", "paying soon with a commitment"));
            }
            judgeRecord(repeat[0], record90, record180, findings);
            judged.add(verdict(i, category, findings));
        }
        return escalateAndClose(visit, categories, judged, record90, record180, repeats, committed);
    }

    private List<Category> categories(List<ExcuseInput> inputs) {
        List<Category> categories = new ArrayList<>(inputs.size());
        for (ExcuseInput input : inputs) {
            if (input.category() != null) {
                categories.add(input.category());
            } else {
                for (Classification found : classifier.classify(input.text())) {
                    categories.add(found.category());
                }
            }
        }
        return categories;
    }

    private static List<String> evidenceOf(Visit visit, int index, int excuses) {
        // One classified text gives one excuse here, so excuses and inputs line up.
        return excuses == visit.excuses().size() ? visit.excuses().get(index).evidence() : List.of();
    }

    private static Record promiseRecord(Visit visit, LocalDate today, int days, Map<Promise, BigDecimal> paidLate) {
        int kept = 0;
        int partial = 0;
        int broken = 0;
        LocalDate from = today.minusDays(days);
        for (Promise promise : visit.history().promises()) {
            if (promise.due().isBefore(from) || !promise.due().isBefore(today)) {
                continue;
            }
            BigDecimal settled = promise.paid().add(paidLate.getOrDefault(promise, BigDecimal.ZERO));
            boolean inGrace = !promise.due().isBefore(today.minusDays(GRACE_DAYS));
            if (settled.compareTo(promise.amount().multiply(KEPT_SHARE)) >= 0) {
                kept++;
            } else if (!inGrace) {
                if (settled.signum() > 0) {
                    partial++;
                } else {
                    broken++;
                }
            }
        }
        return new Record(kept, partial, broken);
    }

    /**
     * What each past-due promise got in its grace days, from payments no other promise could claim.
     * Promises are looked up by due date, so this is linear in the history, not promises x payments.
     */
    private static Map<Promise, BigDecimal> gracePayments(Visit visit, LocalDate today) {
        Map<Promise, BigDecimal> paidLate = new IdentityHashMap<>();
        if (visit.history().payments().isEmpty()) {
            return paidLate;
        }
        Map<LocalDate, List<Promise>> byDue = new HashMap<>();
        for (Promise promise : visit.history().promises()) {
            byDue.computeIfAbsent(promise.due(), due -> new ArrayList<>(1)).add(promise);
        }
        for (Payment payment : visit.history().payments()) {
            Promise only = null;
            int candidates = 0;
            for (int daysBefore = 1; daysBefore <= GRACE_DAYS; daysBefore++) {
                List<Promise> due = byDue.get(payment.date().minusDays(daysBefore));
                if (due != null) {
                    candidates += due.size();
                    only = due.get(0);
                }
            }
            if (candidates == 1 && only.due().isBefore(today)) {
                paidLate.merge(only, payment.amount(), BigDecimal::add);
            }
        }
        return paidLate;
    }

    /** Per category said at this visit: how often it was heard before in 90 and in 180 days. */
    private static Map<Category, int[]> repeats(List<PastExcuse> past, List<Category> said, LocalDate today) {
        Map<Category, int[]> repeats = new EnumMap<>(Category.class);
        for (Category category : said) {
            repeats.put(category, new int[2]);
        }
        for (PastExcuse excuse : past) {
            int[] times = repeats.get(excuse.category());
            if (times == null || !excuse.date().isBefore(today)) {
                continue;
            }
            if (!excuse.date().isBefore(today.minusDays(90))) {
                times[0]++;
            }
            if (!excuse.date().isBefore(today.minusDays(180))) {
                times[1]++;
            }
        }
        return repeats;
    }

    private static boolean hasMatchingTicket(Visit visit, Category category, LocalDate today) {
        if (!category.isComplaint()) {
            return false;
        }
        for (Ticket ticket : visit.history().tickets()) {
            if (ticket.kind().category() == category && ticket.opened().isBefore(today)
                    && (ticket.status() == TicketStatus.OPEN
                        || ticket.closed() != null && !ticket.closed().isBefore(today.minusDays(30)))) {
                return true;
            }
        }
        return false;
    }

    private static void judgeCategory(Category category, List<String> evidence, boolean ticket, Record r90, Record r180,
                                      int times90, int times180, List<Finding> findings) {
        switch (category) {
            case QUALITY -> complaint(findings, ticket, evidence.contains("TICKET_REFERENCE"), "quality", 80, 45);
            case AFTER_SALES -> complaint(findings, ticket, evidence.contains("TICKET_REFERENCE"), "after-sales", 75, 45);
            case PROMOTION_SUPPORT -> complaint(findings, ticket,
                    evidence.contains("PROMOTION_AGREEMENT") || evidence.contains("TICKET_REFERENCE"), "promotion-support", 75, 50);
            case COMPETITOR_TOOK_FUNDS -> {
                if (times180 >= 1) {
                    findings.add(new Finding(Verdict.NOT_CREDIBLE, 15, "competitor-took-funds.not-credible", "d"));
                } else if (evidence.contains("BANK_STATEMENT") && r180.clean()) {
                    findings.add(new Finding(Verdict.CREDIBLE, 60, "competitor-took-funds.credible", "a"));
                } else {
                    findings.add(new Finding(Verdict.DOUBTFUL, 40, "competitor-took-funds.doubtful", "b"));
                }
            }
            case DOWNSTREAM_DEBT -> {
                if (evidence.contains("DOWNSTREAM_AGING_REPORT")) {
                    findings.add(new Finding(Verdict.CREDIBLE, 75, "downstream-debt.credible", "a"));
                } else if (times90 == 0) {
                    findings.add(new Finding(Verdict.DOUBTFUL, 45, "downstream-debt.doubtful", "b"));
                } else {
                    findings.add(new Finding(Verdict.NOT_CREDIBLE, 25, "downstream-debt.not-credible", "c"));
                }
            }
            case TIGHT_CASH -> {
                if (times90 >= 1) {
                    findings.add(new Finding(Verdict.NOT_CREDIBLE, Math.max(5, 30 - 10 * times90), "tight-cash.not-credible", "d"));
                } else if (times180 >= 1) {
                    findings.add(new Finding(Verdict.DOUBTFUL, 40, "tight-cash.doubtful", "c"));
                } else if (r180.clean()) {
                    findings.add(new Finding(Verdict.CREDIBLE, 70, "tight-cash.credible", "a"));
                } else {
                    findings.add(new Finding(Verdict.DOUBTFUL, 45, "tight-cash.doubtful", "b"));
                }
            }
            case PAYING_SOON -> {
                boolean remittance = evidence.contains("REMITTANCE_ADVICE");
                if (remittance) {
                    findings.add(new Finding(Verdict.CREDIBLE, 85, "paying-soon.remittance", "a"));
                } else if (r180.kept() >= 1 && r180.clean()) {
                    findings.add(new Finding(Verdict.CREDIBLE, 75, "paying-soon.credible", "b"));
                } else if (r180.total() == 0) {
                    findings.add(new Finding(Verdict.DOUBTFUL, 50, "paying-soon.doubtful", "c"));
                }
                if (!r180.clean() && r90.broken() == 0) {
                    findings.add(new Finding(Verdict.DOUBTFUL, 35, "paying-soon.doubtful", "d"));
                }
                if (r90.broken() >= 1) {
                    findings.add(new Finding(Verdict.NOT_CREDIBLE, 15, "paying-soon.not-credible", "e"));
                }
            }
            case OTHER -> {
                if (times90 >= 1) {
                    findings.add(new Finding(Verdict.NOT_CREDIBLE, 25, "other.not-credible", "d"));
                }
                if (!evidence.isEmpty() && r180.clean()) {
                    findings.add(new Finding(Verdict.CREDIBLE, 65, "other.credible", "a"));
                } else if (times90 == 0) {
                    findings.add(new Finding(Verdict.DOUBTFUL, evidence.isEmpty() ? 50 : 45, "other.doubtful",
                            evidence.isEmpty() ? "c" : "b"));
                }
            }
        }
    }

    private static void complaint(List<Finding> findings, boolean ticket, boolean reference, String slug,
                                  int credible, int doubtful) {
        if (ticket) {
            findings.add(new Finding(Verdict.CREDIBLE, credible, slug + ".credible", "a"));
        } else if (reference) {
            findings.add(new Finding(Verdict.DOUBTFUL, doubtful, slug + ".doubtful", "b"));
        } else {
            findings.add(new Finding(Verdict.NOT_CREDIBLE, 20, slug + ".not-credible", "c"));
        }
    }

    private static void judgeRecord(int times90, Record r90, Record r180, List<Finding> findings) {
        if (times90 >= 2) {
            findings.add(new Finding(Verdict.NOT_CREDIBLE, Math.max(5, 30 - 5 * times90), "record.repeated", "r1"));
        }
        if (r90.broken() == 1) {
            findings.add(new Finding(Verdict.DOUBTFUL, 40, "record.broken-promise", "r2"));
        }
        if (r90.broken() >= 2) {
            findings.add(new Finding(Verdict.NOT_CREDIBLE, 15, "record.broken-promises", "r3"));
        }
        if (r180.partial() >= 2) {
            findings.add(new Finding(Verdict.DOUBTFUL, 35, "record.partial-payer", "r4"));
        }
    }

    private static Judged verdict(int index, Category category, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new Judged(index, category, Verdict.DOUBTFUL, 50, slug(category) + ".doubtful");
        }
        Verdict verdict = Verdict.CREDIBLE;
        int lowest = Integer.MAX_VALUE;
        for (Finding finding : findings) {
            verdict = verdict.leastCredible(finding.verdict());
            lowest = Math.min(lowest, finding.score());
        }
        Finding decisive = null;
        for (Finding finding : findings) {
            if (finding.verdict() == verdict && (decisive == null || finding.score() < decisive.score())) {
                decisive = finding;
            }
        }
        return new Judged(index, category, verdict, lowest, decisive.rebuttalId());
    }

    private static Decision escalateAndClose(Visit visit, List<Category> categories, List<Judged> judged, Record r90,
                                             Record r180, Map<Category, int[]> repeats, BigDecimal committed) {
        EscalationLevel level = EscalationLevel.ROUTINE;
        int days = 14;
        CreditRating rating = visit.customer().creditRating();
        int overdueDays = visit.customer().overdueDays();
        BigDecimal overdue = visit.customer().overdueAmount();
        int[] step = {level.ordinal(), days};
        switch (rating) {
            case A -> demand(step, EscalationLevel.ROUTINE, 14);
            case B -> demand(step, EscalationLevel.ROUTINE, 7);
            case C -> demand(step, EscalationLevel.TIGHTEN, 4);
            case D -> demand(step, EscalationLevel.TIGHTEN, 2);
        }
        if (overdueDays > 60) demand(step, EscalationLevel.TIGHTEN, 5);
        if (overdueDays > 90) demand(step, EscalationLevel.MANAGER, 3);
        if (overdueDays > 180) demand(step, EscalationLevel.CREDIT_HOLD, 2);
        if (overdueDays > 365) demand(step, EscalationLevel.LEGAL, 1);
        if (overdue.compareTo(BigDecimal.valueOf(500_000)) > 0) demand(step, EscalationLevel.MANAGER, 3);
        if (r90.broken() >= 1) demand(step, EscalationLevel.TIGHTEN, 3);
        if (r90.broken() >= 2) demand(step, EscalationLevel.MANAGER, 2);
        if (r180.broken() >= 3) demand(step, EscalationLevel.CREDIT_HOLD, 2);
        if (rating == CreditRating.D && overdueDays > 180 && r180.broken() >= 3) demand(step, EscalationLevel.LEGAL, 1);
        if (r180.partial() >= 2) demand(step, EscalationLevel.TIGHTEN, 2);
        for (int[] times : repeats.values()) {
            if (times[0] >= 2) demand(step, EscalationLevel.TIGHTEN, 3);
            if (times[0] >= 3) demand(step, EscalationLevel.MANAGER, 3);
        }
        for (Judged excuse : judged) {
            if (excuse.verdict() == Verdict.NOT_CREDIBLE) demand(step, EscalationLevel.TIGHTEN, 3);
            if (excuse.verdict() == Verdict.DOUBTFUL) demand(step, EscalationLevel.ROUTINE, 5);
        }
        if (categories.contains(Category.COMPETITOR_TOOK_FUNDS)) demand(step, EscalationLevel.TIGHTEN, 2);
        if (overdue.signum() > 0) {
            if (committed == null || committed.multiply(BigDecimal.TEN).compareTo(overdue) < 0) {
                demand(step, EscalationLevel.TIGHTEN, 3);
            }
        }

        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        BigDecimal expected = null;
        BigDecimal ask = null;
        if (visit.target() != null && committed != null) {
            BigDecimal gap = visit.target().subtract(committed).max(BigDecimal.ZERO);
            if (gap.signum() > 0) {
                measures.add(Measure.PAYMENT_POTENTIAL_REVIEW);
                if (categories.contains(Category.DOWNSTREAM_DEBT)) {
                    measures.add(Measure.PROMOTION);
                    measures.add(Measure.NEW_OUTLETS);
                }
                if (categories.contains(Category.TIGHT_CASH) || categories.contains(Category.COMPETITOR_TOOK_FUNDS)) {
                    measures.add(Measure.INCENTIVE);
                }
                if (categories.contains(Category.PROMOTION_SUPPORT)) {
                    measures.add(Measure.PROMOTION);
                }
                if (categories.contains(Category.AFTER_SALES) || categories.contains(Category.QUALITY)) {
                    measures.add(Measure.STAFF_TRAINING);
                }
                if (!categories.contains(Category.DOWNSTREAM_DEBT) && !categories.contains(Category.PROMOTION_SUPPORT)
                        && (categories.contains(Category.TIGHT_CASH) || categories.contains(Category.PAYING_SOON))) {
                    measures.add(Measure.PROMOTION);
                }
                expected = gap;
                ask = gap.multiply(BigDecimal.valueOf(2));
            } else {
                expected = committed;
                ask = committed;
            }
        } else if (overdue.signum() > 0) {
            expected = overdue.divide(BigDecimal.valueOf(2));
            ask = overdue;
        }
        return new Decision(judged, EscalationLevel.values()[step[0]], step[1], measures, expected, ask);
    }

    /** A demand can only raise the level and shorten the interval. */
    private static void demand(int[] step, EscalationLevel level, int days) {
        step[0] = Math.max(step[0], level.ordinal());
        step[1] = Math.min(step[1], days);
    }

    private static String slug(Category category) {
        return category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
