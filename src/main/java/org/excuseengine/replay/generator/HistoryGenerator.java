package org.excuseengine.replay.generator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;
import org.excuseengine.replay.journal.JournalEvent;
import org.excuseengine.replay.journal.JournalWriter;

/**
 * Writes a realistic journal of made-up customers, each with a hidden behaviour profile (reliable
 * payer, honest but cash-strapped, chronic staller, dispute as leverage, competitor-favouring)
 * that decides what it says at visits, in zh-Hant, zh-Hans or English, and how it then pays. The
 * profile and each excuse's intent are recorded in the journal for a backtest to group by; the
 * rules never see them. The same settings always give the same journal.
 */
public final class HistoryGenerator {
    /** At most two excuses are given at one visit: the CSV journal has columns for two. */
    public static final int MAX_EXCUSES_PER_VISIT = 2;

    /** How many customers over how many months, from which day, drawn from which seed. */
    public record Settings(int customers, int months, long seed, LocalDate start) {
        public Settings {
            if (customers < 1 || months < 1 || months > 120) {
                throw new IllegalArgumentException("expected at least 1 customer and 1 to 120 months, got "
                        + customers + " customers and " + months + " months");
            }
        }
    }

    /** What was written. */
    public record Written(int customers, long visits, long events) {}

    private final Settings settings;

    public HistoryGenerator(Settings settings) {
        this.settings = settings;
    }

    /** Writes every customer's events, customer after customer, each in time order. */
    public Written generate(JournalWriter out) throws IOException {
        Random seeds = new Random(settings.seed());
        LocalDate end = settings.start().plusMonths(settings.months()).minusDays(1);
        long visits = 0;
        long events = 0;
        for (int number = 1; number <= settings.customers(); number++) {
            // Each customer draws from its own generator, seeded in turn: its life does not depend on how others' went.
            CustomerSimulation customer = new CustomerSimulation(number, new Random(seeds.nextLong()), settings.start(), end);
            for (JournalEvent event : customer.live()) {
                out.write(event);
                events++;
            }
            visits += customer.visits();
        }
        return new Written(settings.customers(), visits, events);
    }
}
