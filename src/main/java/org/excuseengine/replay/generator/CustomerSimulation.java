package org.excuseengine.replay.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.excuseengine.model.Category;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.TicketKind;
import org.excuseengine.replay.journal.JournalEvent;

/**
 * Lives one generated customer's months: visits every few weeks, with what it owes, what it says
 * and commits to, and then the payments, tickets and rating changes that follow from its hidden
 * profile. Everything is drawn from the one {@link Random} it is given, so a seed gives the same
 * customer every time.
 */
final class CustomerSimulation {
    private static final double LATE_PAYMENT_CHANCE = 0.35;
    private static final double PHONE_PROMISE_CHANCE = 0.15;
    private static final double SECOND_EXCUSE_CHANCE = 0.10;
    private static final double CATEGORY_GIVEN_CHANCE = 0.5;
    private static final double INSTALMENTS_CHANCE = 0.3;
    private static final double AFTER_THE_FACT_TICKET_CHANCE = 0.25;
    private static final int RATING_REVIEW_DAYS = 90;

    private final Random random;
    private final int number;
    private final String id;
    private final Profile profile;
    private final String language;
    private final LocalDate start;
    private final LocalDate end;
    private final double monthlyPurchases;
    private final List<JournalEvent> events = new ArrayList<>();
    private final List<JournalEvent.PaymentReceived> unpaidYet = new ArrayList<>();
    private final List<Fate> fates = new ArrayList<>();
    private double balance;
    private CreditRating rating;
    private LocalDate lastReview;
    private int visits;
    private int tickets;
    /** A genuine defect whose ticket is still open, raised at every visit until it is fixed. */
    private OpenIssue openIssue;
    private final LocalDate crunchStart;
    private final LocalDate crunchEnd;

    private record OpenIssue(Profile.Habit habit, LocalDate until) {}

    /** What became of a commitment, known to the generator from the start, counted by the rating review once due. */
    private record Fate(LocalDate due, boolean kept, boolean broken) {}

    CustomerSimulation(int number, Random random, LocalDate start, LocalDate end) {
        this.random = random;
        this.number = number;
        this.id = String.format("C-%05d", number);
        this.profile = Profile.draw(random);
        this.language = Phrasebook.LANGUAGES.get(random.nextInt(Phrasebook.LANGUAGES.size()));
        this.start = start;
        this.end = end;
        this.monthlyPurchases = 20_000 * Math.exp(random.nextDouble() * Math.log(20)); // 20k to 400k a month
        this.balance = monthlyPurchases * between(1, 3);
        this.rating = profile.drawRating(random);
        this.lastReview = start;
        this.crunchStart = start.plusDays(random.nextInt(300));
        this.crunchEnd = crunchStart.plusDays(28 + random.nextInt(29));
    }

    /** Every event of the customer's life over the months, in time order. */
    List<JournalEvent> live() {
        long journalDays = Math.max(2, ChronoUnit.DAYS.between(start, end));
        LocalDate opened = profile.traits.opensInJournal() ? start.plusDays(random.nextInt((int) Math.min(journalDays / 2, 365)))
                : start.minusDays(30 + random.nextInt(690));
        events.add(new JournalEvent.CustomerOpened(0, opened, id, CustomerNames.draw(language, random), rating,
                profile.name()));
        // A customer opened during the journal is first visited after its opening day: its rating is known by then.
        LocalDate day = opened.isAfter(start) ? opened.plusDays(1 + random.nextInt(14)) : start.plusDays(random.nextInt(14));
        if (opened.isAfter(start)) {
            balance = monthlyPurchases * between(0.3, 1.0);
        }
        LocalDate previous = opened;
        while (day.isBefore(end)) {
            accrue(previous, day);
            reviewRating(day);
            LocalDate due = visit(day);
            maybePromiseByPhone(day);
            previous = day;
            day = due != null ? later(due.plusDays(1 + random.nextInt(7)), day.plusDays(10)) : day.plusDays(7 + random.nextInt(15));
        }
        events.removeIf(event -> event.date().isAfter(end));
        events.sort(Comparator.comparing(JournalEvent::date).thenComparing(JournalEvent::type));
        return events;
    }

    int visits() {
        return visits;
    }

    /** New purchases fall overdue; the payments made since the last visit pay the debt down. */
    private void accrue(LocalDate from, LocalDate to) {
        long days = Math.min(ChronoUnit.DAYS.between(from, to), 60);
        balance += monthlyPurchases * days / 30.0 * between(0.5, 0.9);
        unpaidYet.removeIf(payment -> {
            if (payment.date().isBefore(to)) {
                balance = Math.max(0, balance - payment.amount().doubleValue());
                return true;
            }
            return false;
        });
    }

    private LocalDate visit(LocalDate day) {
        visits++;
        BigDecimal overdue = money(balance, 100);
        int overdueDays = overdue.signum() == 0 ? 0
                : (int) Math.min(720, Math.round(balance / monthlyPurchases * 30 * profile.ageing + random.nextInt(10)));
        BigDecimal target = overdue.signum() == 0 ? null : money(balance * between(0.6, 1.0), 1000);
        List<JournalEvent.JournalExcuse> excuses = excuses(day);
        Commitment commitment = null;
        if (target != null && target.signum() > 0 && random.nextDouble() >= profile.noCommitmentChance) {
            BigDecimal amount = money(target.doubleValue() * between(profile.minCommitShare, profile.maxCommitShare), 100).max(BigDecimal.valueOf(100));
            commitment = new Commitment(amount, day.plusDays(7 + random.nextInt(15)));
            settle(amount, day, commitment.due());
        }
        events.add(new JournalEvent.VisitLogged(0, day, id, String.format("V-%05d-%03d", number, visits), null, overdue,
                overdueDays, target, commitment, language, excuses));
        return commitment == null ? null : commitment.due();
    }

    private boolean inCrunch(LocalDate day) {
        return profile.traits.seasonal() && !day.isBefore(crunchStart) && day.isBefore(crunchEnd);
    }

    private List<JournalEvent.JournalExcuse> excuses(LocalDate day) {
        List<JournalEvent.JournalExcuse> excuses = new ArrayList<>();
        if (openIssue != null && day.isBefore(openIssue.until())) {
            excuses.add(excuse(openIssue.habit(), day));
            return excuses;
        }
        double chance = profile.traits.seasonal() ? (inCrunch(day) ? 0.9 : 0.1) : profile.excuseChance;
        if (random.nextDouble() >= chance) {
            return excuses;
        }
        Profile.Habit first = profile.drawHabit(random);
        excuses.add(excuse(first, day));
        if (random.nextDouble() < SECOND_EXCUSE_CHANCE) {
            Profile.Habit second = profile.drawHabit(random);
            if (second.category() != first.category()) {
                excuses.add(excuse(second, day));
            }
        }
        return excuses;
    }

    private JournalEvent.JournalExcuse excuse(Profile.Habit habit, LocalDate day) {
        String text = Phrasebook.say(habit.category(), language, random);
        // Half the excuses come with the category a salesperson picked, half as words only, for the classifier.
        Category category = random.nextDouble() < CATEGORY_GIVEN_CHANCE ? habit.category() : null;
        List<String> evidence = habit.evidence() != null && random.nextDouble() < habit.evidenceChance()
                ? List.of(habit.evidence()) : List.of();
        if (habit.category().isComplaint()) {
            logTicket(habit, day);
        }
        return new JournalEvent.JournalExcuse(new ExcuseInput(text, category, evidence), habit.intent().name());
    }

    /**
     * A genuine complaint was logged as a ticket days before the visit; a complaint used as
     * leverage has none, or one opened only after it was raised at the visit.
     */
    private void logTicket(Profile.Habit habit, LocalDate day) {
        if (openIssue != null && day.isBefore(openIssue.until())) {
            return;
        }
        LocalDate opened;
        if (habit.intent() == Profile.Intent.GENUINE && profile.traits.issueDays() > 0) {
            opened = day.minusDays(3 + random.nextInt(18));
            LocalDate fixed = opened.plusDays(profile.traits.issueDays() + random.nextInt(profile.traits.issueDays()));
            openIssue = new OpenIssue(habit, fixed);
            String ticketId = String.format("T-%05d-%02d", number, ++tickets);
            events.add(new JournalEvent.TicketOpened(0, opened, id, ticketId, TicketKind.valueOf(habit.category().name())));
            events.add(new JournalEvent.TicketResolved(0, fixed, id, ticketId));
            return;
        }
        if (habit.intent() == Profile.Intent.GENUINE) {
            opened = day.minusDays(3 + random.nextInt(18));
        } else if (random.nextDouble() < AFTER_THE_FACT_TICKET_CHANCE) {
            opened = day.plusDays(random.nextInt(6));
        } else {
            return;
        }
        String ticketId = String.format("T-%05d-%02d", number, ++tickets);
        events.add(new JournalEvent.TicketOpened(0, opened, id, ticketId, TicketKind.valueOf(habit.category().name())));
        events.add(new JournalEvent.TicketResolved(0, opened.plusDays(10 + random.nextInt(31)), id, ticketId));
    }

    /** Pays a commitment as the profile does: in full, in part, or not at all, and sometimes late. */
    private void settle(BigDecimal amount, LocalDate made, LocalDate due) {
        double roll = random.nextDouble();
        boolean crunch = inCrunch(made);
        double kept = crunch ? 0.3 : profile.keptChance;
        double partial = crunch ? 0.6 : profile.partialChance;
        double share = roll < kept ? 1.0
                : roll < kept + partial ? between(profile.minPartialShare, profile.maxPartialShare)
                : 0.0;
        if (share == 1.0 && random.nextDouble() < profile.traits.lateChance()) {
            // Paid in full, but after the date: by the due date nothing had come.
            pay(amount, due.plusDays(5 + random.nextInt(21)));
            fates.add(new Fate(due, false, true));
            return;
        }
        BigDecimal paid = share == 1.0 ? amount : money(amount.doubleValue() * share, 100);
        if (paid.signum() > 0) {
            payBetween(paid, made.plusDays(1), due);
        }
        if (share < 1.0 && random.nextDouble() < LATE_PAYMENT_CHANCE) {
            BigDecimal late = money(amount.subtract(paid).doubleValue() * between(0.3, 1.0), 100);
            if (late.signum() > 0) {
                pay(late, due.plusDays(1 + random.nextInt(20)));
            }
        }
        fates.add(new Fate(due, share == 1.0, paid.signum() == 0));
    }

    private void payBetween(BigDecimal amount, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        if (random.nextDouble() < INSTALMENTS_CHANCE && amount.compareTo(BigDecimal.valueOf(1_000)) > 0) {
            BigDecimal first = money(amount.doubleValue() * between(0.3, 0.7), 100);
            pay(first, from.plusDays(random.nextInt(days)));
            pay(amount.subtract(first), to);
        } else {
            pay(amount, from.plusDays(random.nextInt(days)));
        }
    }

    private void pay(BigDecimal amount, LocalDate day) {
        JournalEvent.PaymentReceived payment = new JournalEvent.PaymentReceived(0, day, id, amount);
        events.add(payment);
        unpaidYet.add(payment);
    }

    private void maybePromiseByPhone(LocalDate visitDay) {
        if (random.nextDouble() >= PHONE_PROMISE_CHANCE || balance < 1_000) {
            return;
        }
        LocalDate made = visitDay.plusDays(1 + random.nextInt(5));
        BigDecimal amount = money(balance * between(0.1, 0.3), 100);
        LocalDate due = made.plusDays(5 + random.nextInt(6));
        events.add(new JournalEvent.PromiseMade(0, made, id, amount, due));
        settle(amount, made, due);
    }

    /** Every quarter: two broken promises cost a grade; a quarter of promises kept may earn one back. */
    private void reviewRating(LocalDate day) {
        if (ChronoUnit.DAYS.between(lastReview, day) < RATING_REVIEW_DAYS) {
            return;
        }
        LocalDate since = day.minusDays(RATING_REVIEW_DAYS);
        List<Fate> quarter = fates.stream().filter(f -> f.due().isBefore(day) && !f.due().isBefore(since)).toList();
        long broken = quarter.stream().filter(Fate::broken).count();
        long kept = quarter.stream().filter(Fate::kept).count();
        CreditRating before = rating;
        if (broken >= 2 && rating != CreditRating.D) {
            rating = CreditRating.values()[rating.ordinal() + 1];
        } else if (broken == 0 && kept >= 2 && rating != CreditRating.A && random.nextBoolean()) {
            rating = CreditRating.values()[rating.ordinal() - 1];
        }
        if (rating != before) {
            events.add(new JournalEvent.RatingChanged(0, day.minusDays(1), id, rating));
        }
        lastReview = day;
    }

    private double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private static BigDecimal money(double amount, int roundTo) {
        BigDecimal unit = BigDecimal.valueOf(roundTo);
        return BigDecimal.valueOf(amount).divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
