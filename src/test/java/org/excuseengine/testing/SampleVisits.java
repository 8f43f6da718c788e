package org.excuseengine.testing;

import static org.excuseengine.testing.VisitBuilder.aVisit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.Visit;

/** Visits for tests that compare many assessments: the shipped examples and scenarios, and generated ones. */
public final class SampleVisits {
    private static final String[] EVIDENCE = {"TICKET_REFERENCE", "PROMOTION_AGREEMENT", "BANK_STATEMENT",
            "DOWNSTREAM_AGING_REPORT", "REMITTANCE_ADVICE"};

    private SampleVisits() {}

    /** Every visit of examples/visits.jsonl and of the scenarios in rules/tests, in file order. */
    public static List<Visit> examplesAndScenarios() {
        ContractJson json = new ContractJson();
        List<Path> files = new ArrayList<>();
        files.add(Path.of("examples", "visits.jsonl"));
        try (Stream<Path> scenarios = Files.list(SharedEngine.RULES.resolve("tests"))) {
            scenarios.filter(file -> file.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Visit> visits = new ArrayList<>();
        for (Path file : files) {
            readLines(file).stream().filter(line -> !line.isBlank()).map(json::readVisit).forEach(visits::add);
        }
        return visits;
    }

    /**
     * {@code count} made-up visits, the same for the same seed: every rating, debts young and old,
     * promises kept, partly kept, broken and pending, payments, open tickets, earlier excuses, one or
     * two excuses with and without evidence, with and without a target and a commitment.
     */
    public static List<Visit> generated(int count, long seed) {
        Random random = new Random(seed);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VisitBuilder visit = aVisit().id("G-" + seed + "-" + i).rated(CreditRating.values()[random.nextInt(4)])
                    .overdue(1_000 + random.nextInt(900_000), random.nextInt(400));
            for (int p = random.nextInt(6); p > 0; p--) {
                visit.promise(random.nextInt(200) - 10, 10_000, random.nextInt(3) * 5_000);
            }
            for (int p = random.nextInt(4); p > 0; p--) {
                visit.payment(1 + random.nextInt(300), 1_000 + random.nextInt(20_000));
            }
            if (random.nextInt(3) == 0) {
                visit.openTicket(TicketKind.values()[random.nextInt(3)], 1 + random.nextInt(60));
            }
            for (int e = random.nextInt(3); e > 0; e--) {
                visit.earlierExcuse(Category.values()[random.nextInt(8)], 5 + random.nextInt(170));
            }
            if (random.nextBoolean()) {
                visit.target(100_000 + random.nextInt(300_000));
            }
            for (int e = 1 + random.nextInt(2); e > 0; e--) {
                Category category = Category.values()[random.nextInt(8)];
                if (random.nextInt(3) == 0) {
                    visit.says(category, EVIDENCE[random.nextInt(EVIDENCE.length)]);
                } else {
                    visit.says(category);
                }
            }
            if (random.nextInt(4) > 0) {
                visit.commits(random.nextInt(150_000));
            }
            visits.add(visit.build());
        }
        return visits;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
