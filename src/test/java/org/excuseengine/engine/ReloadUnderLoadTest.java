package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads assess visits while a rule author flips a threshold back and forth: every
 * assessment comes from exactly one rule version and equals what that version gives alone.
 */
class ReloadUnderLoadTest {
    private static final int THREADS = 8;
    private static final int VISITS_PER_THREAD = 600;
    private static final int RELOADS = 4;
    private static final String LOOSE = "EscalationLevel.ROUTINE, 7,";
    private static final String TIGHT = "EscalationLevel.TIGHTEN, 7,";

    @TempDir
    Path temp;

    private final ContractJson json = new ContractJson();

    @Test
    void everyAssessmentComesWholeFromOneRuleVersion() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        List<Visit> visits = sampleVisits(200);
        Map<String, List<String>> expectedByVersion = new HashMap<>();
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            expectedByVersion.put(engine.rulesVersion(), assessAlone(engine, visits));
            rules.edit("escalation.drl", LOOSE, TIGHT);
            assertTrue(engine.reload().isEmpty());
            expectedByVersion.put(engine.rulesVersion(), assessAlone(engine, visits));

            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger assessed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < VISITS_PER_THREAD; i++) {
                        int which = i % visits.size();
                        try {
                            var assessment = engine.assess(visits.get(which));
                            List<String> expected = expectedByVersion.get(assessment.rulesVersion());
                            if (expected == null || !expected.get(which).equals(json.write(assessment))) {
                                failures.add("visit " + which + " under " + assessment.rulesVersion() + " differs");
                            }
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                        assessed.incrementAndGet();
                    }
                }));
            }
            for (int reload = 0; reload < RELOADS; reload++) {
                boolean tight = reload % 2 == 0;
                rules.edit("escalation.drl", tight ? TIGHT : LOOSE, tight ? LOOSE : TIGHT);
                assertTrue(engine.reload().isEmpty());
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())));
            assertEquals(THREADS * VISITS_PER_THREAD, assessed.get());
            assertEquals(RELOADS + 1, engine.status().reloads());
        }
    }

    private List<String> assessAlone(ExcuseEngine engine, List<Visit> visits) {
        return visits.stream().map(visit -> json.write(engine.assess(visit))).toList();
    }

    private static List<Visit> sampleVisits(int count) {
        Random random = new Random(7);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var visit = aVisit().id("V-" + i).rated(CreditRating.values()[random.nextInt(4)])
                    .overdue(1_000 + random.nextInt(900_000), random.nextInt(400));
            for (int p = random.nextInt(4); p > 0; p--) {
                visit.promise(10 + random.nextInt(170), 10_000, random.nextInt(3) * 5_000);
            }
            if (random.nextBoolean()) {
                visit.earlierExcuse(Category.values()[random.nextInt(8)], 5 + random.nextInt(170));
            }
            visits.add(visit.says(Category.values()[random.nextInt(8)]).commits(random.nextInt(50_000)).build());
        }
        return visits;
    }
}
