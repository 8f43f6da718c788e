package org.excuseengine.replay.generator;

import java.util.List;
import java.util.Random;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;

/**
 * The hidden behaviour of a generated customer: how it is rated, what it says at visits and why,
 * how much of the target it commits to, and how it then pays. The figures are this generator's
 * own assumptions, chosen to make the profiles distinct the way the collection method describes
 * them; they are not measured from real customers.
 */
enum Profile {
    // Each profile: share of customers (weight), credit ratings A..D in percent, chance of an excuse
    // at a visit, chance of no commitment, the share of the target committed (from..to), the chance
    // a commitment is kept in full or in part, the share paid when in part (from..to), how the debt
    // ages, and the excuses it gives.

    /** Pays what it commits, on time; an excuse is rare and true. */
    RELIABLE_PAYER(30, ratings(50, 45, 5, 0), 0.35, 0.03, 0.80, 1.00, 0.88, 0.08, 0.50, 0.90, 0.6,
            List.of(habit(Category.PAYING_SOON, 45, Intent.GENUINE, "REMITTANCE_ADVICE", 0.3),
                    habit(Category.TIGHT_CASH, 20, Intent.GENUINE, null, 0),
                    habit(Category.QUALITY, 15, Intent.GENUINE, "TICKET_REFERENCE", 0.5),
                    habit(Category.AFTER_SALES, 10, Intent.GENUINE, "TICKET_REFERENCE", 0.5),
                    habit(Category.OTHER, 10, Intent.GENUINE, null, 0))),
    /** Means to pay and says why it cannot; commits to less, pays part of it more often than all. */
    CASH_STRAPPED(25, ratings(0, 40, 50, 10), 0.85, 0.05, 0.40, 0.70, 0.45, 0.42, 0.30, 0.80, 1.0,
            List.of(habit(Category.TIGHT_CASH, 45, Intent.GENUINE, "BANK_STATEMENT", 0.2),
                    habit(Category.DOWNSTREAM_DEBT, 35, Intent.GENUINE, "DOWNSTREAM_AGING_REPORT", 0.6),
                    habit(Category.PAYING_SOON, 10, Intent.GENUINE, null, 0),
                    habit(Category.QUALITY, 10, Intent.GENUINE, "TICKET_REFERENCE", 0.5))),
    /** Promises readily and rarely pays: the same few excuses, again and again; pays a token when pushed. */
    CHRONIC_STALLER(20, ratings(0, 30, 50, 20), 0.95, 0.10, 0.70, 1.00, 0.12, 0.30, 0.10, 0.40, 1.4,
            List.of(habit(Category.PAYING_SOON, 40, Intent.STALL, null, 0),
                    habit(Category.TIGHT_CASH, 30, Intent.STALL, null, 0),
                    habit(Category.OTHER, 15, Intent.STALL, null, 0),
                    habit(Category.DOWNSTREAM_DEBT, 15, Intent.STALL, null, 0))),
    /** Raises quality, service and promotion complaints at collection time, to pay less and later. */
    DISPUTE_LEVERAGE(15, ratings(0, 45, 45, 10), 0.90, 0.20, 0.30, 0.60, 0.25, 0.40, 0.30, 0.70, 1.2,
            List.of(habit(Category.QUALITY, 40, Intent.LEVERAGE, "TICKET_REFERENCE", 0.1),
                    habit(Category.AFTER_SALES, 30, Intent.LEVERAGE, "TICKET_REFERENCE", 0.1),
                    habit(Category.PROMOTION_SUPPORT, 30, Intent.LEVERAGE, null, 0))),
    /** Has the money but pays whichever supplier pushes hardest; says a competitor collected first. */
    COMPETITOR_FAVOURING(10, ratings(0, 50, 40, 10), 0.85, 0.05, 0.50, 0.90, 0.22, 0.38, 0.20, 0.60, 1.1,
            List.of(habit(Category.COMPETITOR_TOOK_FUNDS, 60, Intent.STALL, "BANK_STATEMENT", 0.1),
                    habit(Category.TIGHT_CASH, 25, Intent.STALL, null, 0),
                    habit(Category.PAYING_SOON, 15, Intent.STALL, null, 0))),
    /**
     * Has a real defect logged as a ticket that stays open for weeks, and raises it at every visit
     * until it is fixed; pays the goods it does not dispute.
     */
    HONEST_DEFECT(8, ratings(10, 50, 35, 5), 0.80, 0.10, 0.40, 0.80, 0.55, 0.35, 0.40, 0.90, 1.0,
            List.of(habit(Category.QUALITY, 60, Intent.GENUINE, "TICKET_REFERENCE", 0.6),
                    habit(Category.AFTER_SALES, 40, Intent.GENUINE, "TICKET_REFERENCE", 0.5)),
            new Traits(35, false, 0, false)),
    /**
     * A seasonal business: for a few weeks a year cash is tight and it says so at every visit,
     * paying part; the rest of the year it pays as committed.
     */
    SEASONAL(8, ratings(10, 55, 30, 5), 0.25, 0.05, 0.60, 1.00, 0.85, 0.12, 0.40, 0.90, 0.8,
            List.of(habit(Category.TIGHT_CASH, 70, Intent.GENUINE, "BANK_STATEMENT", 0.2),
                    habit(Category.DOWNSTREAM_DEBT, 30, Intent.GENUINE, "DOWNSTREAM_AGING_REPORT", 0.4)),
            new Traits(0, true, 0, false)),
    /** Pays in full, but often a week or three after the date it committed to. */
    LATE_BUT_PAYING(8, ratings(5, 55, 35, 5), 0.50, 0.05, 0.60, 1.00, 0.90, 0.05, 0.50, 0.90, 1.1,
            List.of(habit(Category.PAYING_SOON, 60, Intent.GENUINE, null, 0),
                    habit(Category.OTHER, 40, Intent.GENUINE, null, 0)),
            new Traits(0, false, 0.6, false)),
    /** A customer whose account opens during the journal: no history at its first visits, and a fair payer. */
    NEW_CUSTOMER(8, ratings(10, 60, 25, 5), 0.40, 0.05, 0.60, 1.00, 0.70, 0.20, 0.40, 0.90, 1.0,
            List.of(habit(Category.TIGHT_CASH, 35, Intent.GENUINE, null, 0),
                    habit(Category.OTHER, 35, Intent.GENUINE, null, 0),
                    habit(Category.PAYING_SOON, 30, Intent.GENUINE, null, 0)),
            new Traits(0, false, 0, true));

    /**
     * What sets a profile apart beyond its figures.
     *
     * @param issueDays      how long a genuine complaint's ticket stays open (0: as tickets usually go)
     * @param seasonal       excuses and short payments come in a crunch of a few weeks a year
     * @param lateChance     chance that a commitment it keeps in full is paid after its date instead
     * @param opensInJournal the account opens during the journal rather than before it
     */
    record Traits(int issueDays, boolean seasonal, double lateChance, boolean opensInJournal) {
        static final Traits NONE = new Traits(0, false, 0, false);
    }

    /** Why an excuse was given: recorded in the journal, never read by the rules. */
    enum Intent {
        /** True, and the customer means to pay. */
        GENUINE,
        /** To delay paying. */
        STALL,
        /** To avoid or shrink paying, by making the supplier's failings the issue. */
        LEVERAGE
    }

    /** A kind of excuse a profile gives, how often, why, and the evidence it sometimes shows. */
    record Habit(Category category, int weight, Intent intent, String evidence, double evidenceChance) {}

    final int weight;
    private final int[] ratingWeights;
    final double excuseChance;
    final double noCommitmentChance;
    final double minCommitShare;
    final double maxCommitShare;
    final double keptChance;
    final double partialChance;
    final double minPartialShare;
    final double maxPartialShare;
    /** How old the overdue debt grows for its size: above 1, the customer lets it age. */
    final double ageing;
    private final List<Habit> habits;
    final Traits traits;

    Profile(int weight, int[] ratingWeights, double excuseChance, double noCommitmentChance, double minCommitShare,
            double maxCommitShare, double keptChance, double partialChance, double minPartialShare,
            double maxPartialShare, double ageing, List<Habit> habits) {
        this(weight, ratingWeights, excuseChance, noCommitmentChance, minCommitShare, maxCommitShare, keptChance,
                partialChance, minPartialShare, maxPartialShare, ageing, habits, Traits.NONE);
    }

    Profile(int weight, int[] ratingWeights, double excuseChance, double noCommitmentChance, double minCommitShare,
            double maxCommitShare, double keptChance, double partialChance, double minPartialShare,
            double maxPartialShare, double ageing, List<Habit> habits, Traits traits) {
        this.traits = traits;
        this.weight = weight;
        this.ratingWeights = ratingWeights;
        this.excuseChance = excuseChance;
        this.noCommitmentChance = noCommitmentChance;
        this.minCommitShare = minCommitShare;
        this.maxCommitShare = maxCommitShare;
        this.keptChance = keptChance;
        this.partialChance = partialChance;
        this.minPartialShare = minPartialShare;
        this.maxPartialShare = maxPartialShare;
        this.ageing = ageing;
        this.habits = habits;
    }

    static Profile draw(Random random) {
        int total = 0;
        for (Profile profile : values()) {
            total += profile.weight;
        }
        int pick = random.nextInt(total);
        for (Profile profile : values()) {
            pick -= profile.weight;
            if (pick < 0) {
                return profile;
            }
        }
        throw new AssertionError("weights add up to " + total);
    }

    CreditRating drawRating(Random random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < ratingWeights.length; i++) {
            pick -= ratingWeights[i];
            if (pick < 0) {
                return CreditRating.values()[i];
            }
        }
        return CreditRating.D;
    }

    Habit drawHabit(Random random) {
        int total = habits.stream().mapToInt(Habit::weight).sum();
        int pick = random.nextInt(total);
        for (Habit habit : habits) {
            pick -= habit.weight();
            if (pick < 0) {
                return habit;
            }
        }
        return habits.get(habits.size() - 1);
    }

    private static int[] ratings(int a, int b, int c, int d) {
        return new int[] {a, b, c, d};
    }

    private static Habit habit(Category category, int weight, Intent intent, String evidence, double evidenceChance) {
        return new Habit(category, weight, intent, evidence, evidenceChance);
    }
}
