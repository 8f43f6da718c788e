package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
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
 * A business user changes a threshold in a rule sheet, and back, several times while eight threads
 * assess visits: no assessment fails, each equals what the rule version it names gives
 * single-threaded, and once a reload returns, every assessment started after it is made by the
 * new version.
 */
class ReloadUnderLoadTest {
    private static final int THREADS = 8;
    private static final int RELOADS = 4;
    /** Assessments each version must serve after its reload, so that every swap happens under load. */
    private static final int SERVED_PER_RELOAD = 300;
    private static final String SHEET = "sheets/thresholds.drl.csv";
    /** The threshold edited: how many promises paid in part within 180 days get a customer pushed every other day. */
    private static final String TWO_PARTIAL = ",180,,2,TIGHTEN,2,";
    private static final String THREE_PARTIAL = ",180,,3,TIGHTEN,2,";
    private static final Clock VISIT_DAY = Clock.fixed(VisitBuilder.VISIT_DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final ContractJson json = new ContractJson();

    /** One reload as the editing thread saw it: when the edit began, when the new version was in service, which. */
    private record Swap(long editedAt, long swappedAt, String version) {}

    /** One assessment as a worker saw it. */
    private record Served(long startedAt, String version) {}

    @Test
    void aThresholdEditedInASheetTakesOverWithoutAnErrorOrAMixedResult(@TempDir Path temp) throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        List<Visit> visits = SampleVisits.generated(200, 7);
        try (ExcuseEngine engine = ExcuseEngine.builder(rules.root()).clock(VISIT_DAY).build()) {
            Map<String, List<String>> expectedByVersion = new HashMap<>();
            String twoPartial = engine.rulesVersion();
            expectedByVersion.put(twoPartial, assessAlone(engine, visits));
            String threePartial = editAndReload(rules, engine, TWO_PARTIAL, THREE_PARTIAL);
            expectedByVersion.put(threePartial, assessAlone(engine, visits));
            assertNotEquals(twoPartial, threePartial, "the edit changes the rules version");
            assertNotEquals(expectedByVersion.get(twoPartial), expectedByVersion.get(threePartial),
                    "the edit changes some assessments");

            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Served> served = new ConcurrentLinkedQueue<>();
            AtomicLong assessed = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t * visits.size() / THREADS;
                workers.add(pool.submit(() -> {
                    for (int i = first; !stop.get(); i++) {
                        int which = i % visits.size();
                        long startedAt = System.nanoTime();
                        try {
                            Assessment assessment = engine.assess(visits.get(which));
                            served.add(new Served(startedAt, assessment.rulesVersion()));
                            List<String> expected = expectedByVersion.get(assessment.rulesVersion());
                            if (expected == null || !expected.get(which).equals(json.write(assessment))) {
                                failures.add(visits.get(which).visitId() + " under rules " + assessment.rulesVersion()
                                        + " differs from what that version gives single-threaded");
                            }
                        } catch (RuntimeException e) {
                            failures.add(visits.get(which).visitId() + ": " + e);
                        }
                        assessed.incrementAndGet();
                    }
                }));
            }

            List<Swap> swaps = new ArrayList<>(List.of(new Swap(Long.MIN_VALUE, Long.MIN_VALUE, threePartial)));
            boolean threeNow = true;
            for (int reload = 0; reload < RELOADS; reload++) {
                long editedAt = System.nanoTime();
                String version = threeNow
                        ? editAndReload(rules, engine, THREE_PARTIAL, TWO_PARTIAL)
                        : editAndReload(rules, engine, TWO_PARTIAL, THREE_PARTIAL);
                threeNow = !threeNow;
                swaps.add(new Swap(editedAt, System.nanoTime(), version));
                awaitAssessed(assessed.get() + SERVED_PER_RELOAD, assessed);
            }
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " failures");
            assertEquals(RELOADS + 1, engine.status().reloads());
            assertEquals(List.of(twoPartial, threePartial, twoPartial, threePartial),
                    swaps.stream().skip(1).map(Swap::version).toList(), "each edit and its reverse give back the same two versions");
            for (Served one : served) {
                String inService = versionInServiceAt(one.startedAt(), swaps);
                if (inService != null) {
                    assertEquals(inService, one.version(), "an assessment started after a reload returned is made by the new version");
                }
            }
        }
    }

    /** Edits the sheet and reloads: the new version is in service when this returns. */
    private static String editAndReload(RulesCopy rules, ExcuseEngine engine, String before, String after) {
        rules.edit(SHEET, before, after);
        assertEquals(List.of(), engine.reload());
        return engine.rulesVersion();
    }

    /** The version every assessment started at {@code time} must be made by; null while an edit is being reloaded. */
    private static String versionInServiceAt(long time, List<Swap> swaps) {
        String version = null;
        for (Swap swap : swaps) {
            if (time >= swap.swappedAt()) {
                version = swap.version();
            } else if (time >= swap.editedAt()) {
                return null;
            }
        }
        return version;
    }

    private static void awaitAssessed(long count, AtomicLong assessed) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (assessed.get() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private List<String> assessAlone(ExcuseEngine engine, List<Visit> visits) {
        return visits.stream().map(visit -> json.write(engine.assess(visit))).toList();
    }
}
