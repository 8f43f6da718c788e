package org.excuseengine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.excuseengine.engine.EngineStatus;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.engine.RuleProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling the shipped rules. {@code coldStart}: the first engine in a fresh JVM (class loading,
 * Drools' own start-up and the compile), once per fork in several forks. {@code warmReload}: a
 * {@code reload()} after an edit, in a JVM that has compiled the rules before.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleCompileBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public EngineStatus coldStart() {
        try (ExcuseEngine engine = ShippedRules.engine()) {
            return engine.status();
        }
    }

    /** A private copy of the rules, edited before each reload so that the reload really compiles. */
    @State(Scope.Benchmark)
    public static class EditedCopy {
        private static final String FILE = "functions.drl";
        Path root;
        ExcuseEngine engine;
        private String original;
        private int edits;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            root = Files.createTempDirectory("excuse-rules-");
            copy(ShippedRules.folder(), root);
            original = Files.readString(root.resolve(FILE), StandardCharsets.UTF_8);
            engine = ExcuseEngine.fromRules(root);
        }

        @Setup(Level.Invocation)
        public void edit() throws IOException {
            Files.writeString(root.resolve(FILE), original + "\n// edit " + ++edits + "\n", StandardCharsets.UTF_8);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            engine.close();
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    @Fork(1)
    public List<RuleProblem> warmReload(EditedCopy rules) {
        List<RuleProblem> problems = rules.engine.reload();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the edited rules did not compile: " + problems);
        }
        return problems;
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
