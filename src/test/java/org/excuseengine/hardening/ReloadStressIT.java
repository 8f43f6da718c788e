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
 * <p>The visits are handed out in rounds, one per reload, and assessments may run one round ahead of
 * the reloads and no more, so that reloads happen while assessments are in flight rather than all
 * before or all after them. Smaller runs: {@code -Dstress.visits=20000 -Dstress.reloads=10}.
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

            AtomicIntegerArray timesAssessed = new AtomicIntegerArray(VISITS);
            AtomicInteger nextVisit = new AtomicInteger();
            AtomicInteger reloadsDone = new AtomicInteger();
            AtomicInteger inFlight = new AtomicInteger();
            int reloadsUnderLoad = 0;
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            Map<String, AtomicInteger> assessedByVersion = new ConcurrentHashMap<>();

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = nextVisit.getAndIncrement(); i < VISITS; i = nextVisit.getAndIncrement()) {
                        awaitReloadsBefore(Math.min(round(i) - 1, RELOADS), reloadsDone);
                        int which = i % visits.size();
                        inFlight.incrementAndGet();
                        try {
                            Assessment assessment = engine.assess(visits.get(which));
                            timesAssessed.incrementAndGet(i);
                            assessedByVersion.computeIfAbsent(assessment.rulesVersion(), v -> new AtomicInteger())
                                    .incrementAndGet();
                            List<String> expected = expectedByVersion.get(assessment.rulesVersion());
                            if (expected == null || !expected.get(which).equals(json.write(assessment))) {
                                failures.add("visit " + i + " under rules " + assessment.rulesVersion()
                                        + " differs from that version's single-threaded result");
                            }
                        } catch (RuntimeException e) {
                            failures.add("visit " + i + ": " + e);
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    }
                }));
            }
            boolean tight = true;
            for (int reload = 1; reload <= RELOADS; reload++) {
                tight = !tight;
                edit(rules, engine, tight);
                reloadsUnderLoad += inFlight.get() > 0 ? 1 : 0;
                reloadsDone.incrementAndGet();
                awaitVisitsHandedOut(reload * roundSize(), nextVisit);
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
            pool.shutdown();

            List<String> firstFailures = failures.stream().limit(5).toList();
            assertEquals(List.of(), firstFailures, failures.size() + " failures");
            for (int i = 0; i < VISITS; i++) {
                assertEquals(1, timesAssessed.get(i), "visit " + i + " assessed once");
            }
            assertEquals(RELOADS + 1, engine.status().reloads());
            assertEquals(2, assessedByVersion.size(), "both versions served: " + assessedByVersion);
            assertTrue(reloadsUnderLoad > 0, "no reload happened while visits were being assessed");
            System.out.printf("%d visits on %d threads, %d reloads (%d with assessments in flight as they ended)%n",
                    VISITS, THREADS, RELOADS, reloadsUnderLoad);
        }
    }

    private static int roundSize() {
        return Math.max(1, VISITS / (RELOADS + 1));
    }

    private static int round(int visit) {
        return visit / roundSize();
    }

    private static void awaitReloadsBefore(int reloads, AtomicInteger reloadsDone) {
        while (reloadsDone.get() < reloads) {
            LockSupport.parkNanos(200_000);
        }
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
