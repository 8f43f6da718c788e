package org.excuseengine.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replays writing the same {@code --out} at once, each in its own JVM: the file left is one
 * run's output, whole, never lines of both; no temporary file is left; and a link planted where
 * the old fixed temporary name was is never written through.
 */
class ConcurrentReplayIT {
    private static final int VISITS = 400;
    private static final long MINUTES = 5;

    @TempDir
    Path temp;

    @Test
    void twoReplaysOnOneOutputLeaveOneWholeOutputAndNoTemporaryFile() throws Exception {
        Path first = visits("first.jsonl", "A");
        Path second = visits("second.jsonl", "B");
        Path out = temp.resolve("assessments.jsonl");
        Path victim = temp.resolve("victim.txt");
        Files.writeString(victim, "untouched");
        Files.createSymbolicLink(temp.resolve("assessments.jsonl.partial"), victim);

        Process a = replay(first, out);
        Process b = replay(second, out);
        assertTrue(a.waitFor(MINUTES, TimeUnit.MINUTES) && b.waitFor(MINUTES, TimeUnit.MINUTES), "both replays finish");
        assertEquals(0, a.exitValue(), log("A"));
        assertEquals(0, b.exitValue(), log("B"));

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(VISITS, lines.size(), "N lines in, N lines out");
        String run = lines.get(0).contains("\"V-A-") ? "A" : "B";
        for (int i = 0; i < VISITS; i++) {
            assertTrue(lines.get(i).startsWith("{\"visitId\":\"V-" + run + "-" + i + "\""),
                    "line " + (i + 1) + " comes from run " + run + " alone: " + lines.get(i));
        }
        assertEquals("untouched", Files.readString(victim), "the link was not written through");
        try (Stream<Path> files = Files.list(temp)) {
            List<String> left = new ArrayList<>(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith(".")).toList());
            assertEquals(List.of(), left, "no temporary file is left");
        }
    }

    private Path visits(String name, String run) throws IOException {
        String example = Files.readString(Path.of("examples/visit.json")).replaceAll("\\s*\\n\\s*", " ");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            lines.add(example.replaceFirst("\"visitId\"\\s*:\\s*\"[^\"]*\"", "\"visitId\": \"V-" + run + "-" + i + "\""));
        }
        return Files.write(temp.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private Process replay(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String run = in.getFileName().toString().startsWith("first") ? "A" : "B";
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.excuseengine.cli.Main", "replay", "--rules", SharedEngine.RULES.toAbsolutePath().toString(),
                in.toString(), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(temp.resolveSibling(temp.getFileName() + "-replay-" + run + ".log").toFile())
                .start();
    }

    private String log(String run) throws IOException {
        return Files.readString(temp.resolveSibling(temp.getFileName() + "-replay-" + run + ".log"));
    }
}
