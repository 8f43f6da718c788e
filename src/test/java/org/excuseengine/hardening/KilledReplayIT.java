package org.excuseengine.hardening;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.TicketKind;
import org.excuseengine.replay.RuleSets;
import org.excuseengine.replay.SnapshotReplay;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: a replay in its own JVM is killed with {@code kill -9} midway. It leaves no output
 * file that looks complete, only the temporary {@code .partial} file it was writing; run again, it writes
 * every line, the same as an uninterrupted replay, N lines in and N lines out.
 */
class KilledReplayIT {
    /** Enough visits that a replay runs for seconds, so the kill lands midway. */
    private static final int VISITS = Integer.getInteger("kill.visits", 10_000);
    private static final long MINUTES_TO_FINISH = 5;

    @TempDir
    Path temp;

    @Test
    void aReplayKilledMidwayLeavesNoCompleteLookingFileAndARerunWritesEverything() throws Exception {
        Path in = temp.resolve("visits.jsonl");
        Path out = temp.resolve("assessments.jsonl");
        writeVisits(in);

        Process killed = replay(in, out);
        Path partial = awaitOutputStarted(killed);
        kill9(killed);

        assertFalse(Files.exists(out), "a killed replay must not leave " + out.getFileName());
        assertEquals(List.of(partial.getFileName().toString(), in.getFileName().toString()), fileNames(),
                "only the input and the partial output may be there");
        long partialLines = lineCount(partial);
        assertTrue(partialLines < VISITS, "the kill came midway (" + partialLines + " of " + VISITS + " lines)");

        Process rerun = replay(in, out);
        assertTrue(rerun.waitFor(MINUTES_TO_FINISH, TimeUnit.MINUTES), "the rerun finishes");
        assertEquals(0, rerun.exitValue(), "every visit assessed");
        assertEquals(List.of(partial.getFileName().toString(), out.getFileName().toString(), in.getFileName().toString()),
                fileNames(), "the rerun wrote a temporary file of its own, never the killed run's");
        assertEquals(VISITS, lineCount(out), "N lines in, N lines out");
        assertArrayEquals(uninterruptedReplay(in), Files.readAllBytes(out), "the same output as an uninterrupted replay");
    }

    private Process replay(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.excuseengine.cli.Main", "replay", "--rules", SharedEngine.RULES.toAbsolutePath().toString(),
                in.toString(), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(temp.resolve("replay-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    /** Waits until the replay has written some lines, not all, then lets it run a moment longer. */
    private Path awaitOutputStarted(Process replay) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(MINUTES_TO_FINISH);
        Path partial;
        while ((partial = partialFile()) == null || Files.size(partial) == 0) {
            assertTrue(replay.isAlive(), "the replay ended before writing anything: exit " + exitOf(replay));
            assertTrue(System.nanoTime() < deadline, "the replay wrote nothing in time");
            Thread.sleep(20);
        }
        Thread.sleep(200 + new Random().nextInt(300));
        assertTrue(replay.isAlive(), "the replay finished before it could be killed: raise -Dkill.visits");
        return partial;
    }

    /** The replay's temporary output, {@code .assessments.jsonl.<random>.partial}, once it exists. */
    private Path partialFile() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".assessments.jsonl.")
                    && f.getFileName().toString().endsWith(".partial")).findFirst().orElse(null);
        }
    }

    private static void kill9(Process replay) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(replay.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -9 " + replay.pid());
        assertTrue(replay.waitFor(1, TimeUnit.MINUTES), "the killed replay is gone");
        assertEquals(137, replay.exitValue(), "ended by SIGKILL");
    }

    private static String exitOf(Process process) {
        return process.isAlive() ? "none yet" : Integer.toString(process.exitValue());
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".log")).sorted().toList();
        }
    }

    private static long lineCount(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    private static byte[] uninterruptedReplay(Path in) throws IOException {
        try (ExcuseEngine engine = ExcuseEngine.fromRules(SharedEngine.RULES);
             InputStream input = Files.newInputStream(in)) {
            StringWriter out = new StringWriter();
            new SnapshotReplay(RuleSets.of(engine), new ContractJson(), 1).run(input, out, visit -> { });
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void writeVisits(Path in) throws IOException {
        ContractJson json = new ContractJson();
        Random random = new Random(3);
        try (BufferedWriter writer = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < VISITS; i++) {
                var visit = aVisit().id("V-" + i).rated(CreditRating.values()[random.nextInt(4)])
                        .overdue(random.nextInt(900_000), random.nextInt(400));
                for (int p = random.nextInt(5); p > 0; p--) {
                    visit.promise(random.nextInt(200) - 10, 10_000, random.nextInt(3) * 5_000);
                    visit.payment(1 + random.nextInt(300), 1_000 + random.nextInt(20_000));
                }
                if (random.nextInt(4) == 0) {
                    visit.openTicket(TicketKind.values()[random.nextInt(3)], 1 + random.nextInt(60));
                }
                if (random.nextBoolean()) {
                    visit.earlierExcuse(Category.values()[random.nextInt(8)], 5 + random.nextInt(170));
                }
                if (random.nextBoolean()) {
                    visit.saysInWords(random.nextBoolean() ? "最近資金緊張，月底再說" : "Cash is tight this month");
                } else {
                    visit.says(Category.values()[random.nextInt(8)]);
                }
                writer.write(json.mapper().writeValueAsString(visit.target(200_000).commits(random.nextInt(150_000)).build()));
                writer.write('\n');
            }
        }
    }
}
