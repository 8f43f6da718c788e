package org.excuseengine.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderPipelineTest {
    @Test
    void resultsComeInSubmissionOrderWhateverOrderTheTasksFinishIn() {
        List<Integer> results = new ArrayList<>();
        try (InOrderPipeline<Integer> pipeline = new InOrderPipeline<>(4, results::add)) {
            for (int i = 0; i < 500; i++) {
                int n = i;
                pipeline.submit(() -> {
                    Thread.sleep((n * 7919) % 3); // later tasks often finish first
                    return n;
                });
            }
            pipeline.finish();
        }
        assertEquals(IntStream.range(0, 500).boxed().toList(), results);
    }

    @Test
    void noMoreThanTheWindowIsInFlight() {
        int threads = 2;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        try (InOrderPipeline<Integer> pipeline = new InOrderPipeline<>(threads, n -> consumed.incrementAndGet())) {
            for (int i = 0; i < 2_000; i++) {
                pipeline.submit(() -> started.incrementAndGet());
                mostInFlight.accumulateAndGet(i + 1 - consumed.get(), Math::max);
            }
            pipeline.finish();
        }
        assertEquals(2_000, consumed.get());
        assertTrue(mostInFlight.get() <= threads * InOrderPipeline.TASKS_PER_THREAD,
                "in flight at most " + threads * InOrderPipeline.TASKS_PER_THREAD + ", was " + mostInFlight.get());
    }

    @Test
    void aTaskThatFailsUnexpectedlyStopsTheRunWithItsError() {
        try (InOrderPipeline<Integer> pipeline = new InOrderPipeline<>(2, n -> { })) {
            pipeline.submit(() -> {
                throw new IllegalStateException("a bug");
            });
            IllegalStateException e = assertThrows(IllegalStateException.class, pipeline::finish);
            assertEquals("a bug", e.getMessage());
        }
    }
}
