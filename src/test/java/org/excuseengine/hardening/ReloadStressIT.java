package org.excuseengine.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SampleVisits;
import org.excuseengine.testing.SharedEngine;
import org.excuseengine.testing.VisitBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads assess 100,000 visits while the rules are reloaded 50 times, each reload a real
 * edit that changes results, alternately of a DRL rule and of a threshold in a rule sheet: every
 * visit is assessed exactly once, without an exception, and each assessment equals what its own
 * rule version gives single-threaded, so none mixed two versions.
 *
 * <p>The visits are handed out in rounds, one per reload, and may run one round ahead of the reloads
 * and no more; threads that are ahead assess extra visits meanwhile, two at a time, so that every
 * reload and swap happens under load. All eight at a time starved the compiler: each reload took
 * three times as long, and the whole run most of three minutes instead of under one. Other sizes:
 * {@code -Dstress.visits=20000 -Dstress.reloads=10}.
 */
class ReloadStressIT {
    private static final int THREADS = 8;
    private static final int VISITS = Integer.getInteger("stress.visits", 100_000);
    private static final int RELOADS = Integer.getInteger("stress.reloads", 50);
    /** Extra visits assessed at once while the counted ones wait for a reload: load, but not all of it. */
    private static final int EXTRAS_AT_ONCE = 2;
    private static final int DISTINCT_VISITS = 400;
    /**
     * The DRL edit: customers rated B are followed up routinely, or tightly. Quoted with its action:
     * the medium payment risk also asks for ROUTINE within 7 days.
     */
    private static final String LOOSE = "EscalationLevel.ROUTINE, 7, \"Follow up on the commitment within a week\"";
    private static final String TIGHT = "EscalationLevel.TIGHTEN, 7, \"Follow up on the commitment within a week\"";
    /** The sheet edit: how many promises paid in part within 180 days get a customer pushed every other day. */
    private static final String TWO_PARTIAL = ",180,,2,TIGHTEN,2,";
    private static final String THREE_PARTIAL = ",180,,3,TIGHTEN,2,";
    private static final Clock VISIT_DAY = Clock.fixed(VisitBuilder.VISIT_DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final ContractJson json = new ContractJson();

    @Test
    void everyVisitIsAssessedOnceAndWholeByOneRuleVersion() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        List<Visit> visits = SampleVisits.generated(DISTINCT_VISITS, 11);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).clock(VISIT_DAY).build()) {
            // The four versions the two edits make, each with its single-threaded results; the next
            // edit brings back the first.
            Edits edits = new Edits(rules, engine);
            Map<String, List<String>> expectedByVersion = new ConcurrentHashMap<>();
            expectedByVersion.put(engine.rulesVersion(), assessAlone(engine, visits));
            for (int version = 1; version < Edits.VERSIONS; version++) {
                edits.next();
                expectedByVersion.put(engine.rulesVersion(), assessAlone(engine, visits));
            }
            assertEquals(Edits.VERSIONS, expectedByVersion.size(), "each edit changes the rules version");
            assertEquals(Edits.VERSIONS, new HashSet<>(expectedByVersion.values()).size(), "each edit changes some results");

            Checker checker = new Checker(engine, visits, expectedByVersion);
            AtomicIntegerArray timesAssessed = new AtomicIntegerArray(VISITS);
            AtomicInteger nextVisit = new AtomicInteger();
            AtomicInteger reloadsDone = new AtomicInteger();
            Semaphore extras = new Semaphore(EXTRAS_AT_ONCE);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    Random background = new Random();
                    for (int i = nextVisit.getAndIncrement(); i < VISITS; i = nextVisit.getAndIncrement()) {
                        // Ahead of the reloads: keep the engine busy with extra visits, checked the same
                        // way but not counted, so that every reload and swap happens under load.
                        while (reloadsDone.get() < Math.min(round(i) - 1, RELOADS)) {
                            if (extras.tryAcquire()) {
                                try {
                                    checker.assess(background.nextInt(visits.size()), "an extra visit");
                                } finally {
                                    extras.release();
                                }
                            } else {
                                LockSupport.parkNanos(200_000);
                            }
                        }
                        if (checker.assess(i % visits.size(), "visit " + i)) {
                            timesAssessed.incrementAndGet(i);
                        }
                    }
                }));
            }
            int reloadsWhileAssessing = 0;
            for (int reload = 1; reload <= RELOADS; reload++) {
                long before = checker.assessed.get();
                edits.next();
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
            assertEquals(Edits.VERSIONS - 1 + RELOADS, engine.status().reloads());
            assertEquals(expectedByVersion.keySet(), checker.assessedByVersion.keySet(), "every version served");
            assertTrue(reloadsWhileAssessing >= RELOADS / 2,
                    "only " + reloadsWhileAssessing + " of " + RELOADS + " reloads overlapped assessments");
            System.out.printf("%d visits (%d assessments in all) on %d threads; %d reloads, %d of them while assessing%n",
                    VISITS, checker.assessed.get(), THREADS, RELOADS, reloadsWhileAssessing);
        }
    }

    /** The edits, in turn: the DRL rule, then the sheet's threshold, each flipped back the second time. */
    private static final class Edits {
        static final int VERSIONS = 4;
        private final RulesCopy rules;
        private final ExcuseEngine engine;
        private boolean tight;
        private boolean threePartial;
        private int made;

        Edits(RulesCopy rules, ExcuseEngine engine) {
            this.rules = rules;
            this.engine = engine;
        }

        void next() {
            if (made++ % 2 == 0) {
                rules.edit("escalation.drl", tight ? TIGHT : LOOSE, tight ? LOOSE : TIGHT);
                tight = !tight;
            } else {
                rules.edit("sheets/thresholds.drl.csv", threePartial ? THREE_PARTIAL : TWO_PARTIAL,
                        threePartial ? TWO_PARTIAL : THREE_PARTIAL);
                threePartial = !threePartial;
            }
            assertEquals(List.of(), engine.reload());
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
                if (expected == null) {
                    failures.add(label + " under rules " + assessment.rulesVersion() + ", a version no edit makes");
                } else if (!expected.get(which).equals(json.write(assessment))) {
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

    private List<String> assessAlone(ExcuseEngine engine, List<Visit> visits) {
        return visits.stream().map(visit -> json.write(engine.assess(visit))).toList();
    }
}
