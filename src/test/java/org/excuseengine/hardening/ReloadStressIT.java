package org.excuseengine.hardening;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads assess 100,000 visits while the rules are reloaded 50 times, each reload a real
 * edit that changes results: every visit is assessed exactly once, without an exception, and each
 * assessment equals what its own rule version gives single-threaded, so none mixed two versions.
 *
 * <p>The visits are handed out in rounds, one per reload, and may run one round ahead of the reloads
 * and no more; threads that are ahead assess extra visits meanwhile, so that every reload and swap
 * happens under load. Smaller runs: {@code -Dstress.visits=20000 -Dstress.reloads=10}.
 */
class ReloadStressIT {
    private static final int THREADS = 8;
    private static final int VISITS = Integer.getInteger("stress.visits", 100_000);
    private static final int RELOADS = Integer.getInteger("stress.reloads", 50);
    private static final int DISTINCT_VISITS = 400;
    /** The edit: customers rated B are followed up routinely, or tightly. */
    private static final String LOOSE = "EscalationLevel.ROUTINE, 7,";
    private static final String TIGHT = "EscalationLevel.TIGHTEN, 7,";

    @TempDir
    Path temp;

    private final ContractJson json = new ContractJson();

    @Test
    void everyVisitIsAssessedOnceAndWholeByOneRuleVersion() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        List<Visit> visits = distinctVisits();
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            Map<String, List<String>> expectedByVersion = new ConcurrentHashMap<>();
            expectedByVersion.put(engine.rulesVersion(), assessAlone(engine, visits));
            edit(rules, engine, true);
            expectedByVersion.put(engine.rulesVersion(), assessAlone(engine, visits));
            assertEquals(2, expectedByVersion.size(), "the edit must change the rules version");
            assertTrue(!expectedByVersion.values().iterator().next()
                    .equals(expectedByVersion.get(engine.rulesVersion())), "the edit must change some results");

            Checker checker = new Checker(engine, visits, expectedByVersion);
            AtomicIntegerArray timesAssessed = new AtomicIntegerArray(VISITS);
            AtomicInteger nextVisit = new AtomicInteger();
            AtomicInteger reloadsDone = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    Random background = new Random();
                    for (int i = nextVisit.getAndIncrement(); i < VISITS; i = nextVisit.getAndIncrement()) {
                        // Ahead of the reloads: keep the engine busy with extra visits, checked the same
                        // way but not counted, so that every reload and swap happens under load.
                        while (reloadsDone.get() < Math.min(round(i) - 1, RELOADS)) {
                            checker.assess(background.nextInt(visits.size()), "an extra visit");
                        }
                        if (checker.assess(i % visits.size(), "visit " + i)) {
                            timesAssessed.incrementAndGet(i);
                        }
                    }
                }));
            }
            int reloadsWhileAssessing = 0;
            boolean tight = true;
            for (int reload = 1; reload <= RELOADS; reload++) {
                tight = !tight;
                long before = checker.assessed.get();
                edit(rules, engine, tight);
                reloadsWhileAssessing += checker.assessed.get() > before && checker.inFlight.get() > 0 ? 1 : 0;
                reloadsDone.incrementAndGet();
                awaitVisitsHandedOut(reload * roundSize(), nextVisit);
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertEquals(List.of(), checker.failures.stream().limit(5).toList(), checker.failures.size() + " failures");
            for (int i = 0; i < VISITS; i++) {
                assertEquals(1, timesAssessed.get(i), "visit " + i + " assessed once");
            }
            assertEquals(RELOADS + 1, engine.status().reloads());
            assertEquals(expectedByVersion.keySet(), checker.assessedByVersion.keySet(), "both versions served");
            assertTrue(reloadsWhileAssessing >= RELOADS / 2,
                    "only " + reloadsWhileAssessing + " of " + RELOADS + " reloads overlapped assessments");
            System.out.printf("%d visits (%d assessments in all) on %d threads; %d reloads, %d of them while assessing%n",
                    VISITS, checker.assessed.get(), THREADS, RELOADS, reloadsWhileAssessing);
        }
    }

    /** Assesses a visit and checks it against what its rule version gives single-threaded. */
    private final class Checker {
        private final ExcuseEngine engine;
        private final List<Visit> visits;
        private final Map<String, List<String>> expectedByVersion;
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicLong assessed = new AtomicLong();
        final Map<String, AtomicInteger> assessedByVersion = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        Checker(ExcuseEngine engine, List<Visit> visits, Map<String, List<String>> expectedByVersion) {
            this.engine = engine;
            this.visits = visits;
            this.expectedByVersion = expectedByVersion;
        }

        /** True when the visit was assessed, whatever the result; a wrong result or an exception is a failure. */
        boolean assess(int which, String label) {
            inFlight.incrementAndGet();
            try {
                Assessment assessment = engine.assess(visits.get(which));
                assessed.incrementAndGet();
                assessedByVersion.computeIfAbsent(assessment.rulesVersion(), v -> new AtomicInteger()).incrementAndGet();
                List<String> expected = expectedByVersion.get(assessment.rulesVersion());
                if (expected == null || !expected.get(which).equals(json.write(assessment))) {
                    failures.add(label + " under rules " + assessment.rulesVersion()
                            + " differs from that version's single-threaded result");
                }
                return true;
            } catch (RuntimeException e) {
                failures.add(label + ": " + e);
                return false;
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private static int roundSize() {
        return Math.max(1, VISITS / (RELOADS + 1));
    }

    private static int round(int visit) {
        return visit / roundSize();
    }

    private static void awaitVisitsHandedOut(int visits, AtomicInteger nextVisit) {
        while (nextVisit.get() < Math.min(visits, VISITS)) {
            LockSupport.parkNanos(200_000);
        }
    }

    private static void edit(RulesCopy rules, ExcuseEngine engine, boolean tight) {
        rules.edit("escalation.drl", tight ? LOOSE : TIGHT, tight ? TIGHT : LOOSE);
        assertEquals(List.of(), engine.reload());
    }

    private List<String> assessAlone(ExcuseEngine engine, List<Visit> visits) {
        return visits.stream().map(visit -> json.write(engine.assess(visit))).toList();
    }

    private static List<Visit> distinctVisits() {
        Random random = new Random(11);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < DISTINCT_VISITS; i++) {
            var visit = aVisit().id("V-" + i).rated(CreditRating.values()[random.nextInt(4)])
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
            visits.add(visit.says(Category.values()[random.nextInt(8)]).commits(random.nextInt(150_000)).build());
        }
        return visits;
    }
}
