package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application keeps the rules where it keeps other files: a folder, a zip file it opened, or a
 * jar on its classpath. The same files give the same rules version and the same assessments from
 * each, and only a folder can be watched.
 */
class RulesFromAnywhereTest {
    private static final Visit VISIT = aVisit().says(Category.TIGHT_CASH).earlierExcuse(Category.TIGHT_CASH, 20).build();

    @TempDir
    static Path temp;
    private static Path rulesJar;

    /** The shipped rules as the build packs them: rules/ under excuse-engine/rules/, scenarios left out. */
    @BeforeAll
    static void packRulesJar() throws IOException {
        rulesJar = temp.resolve("excuse-engine-rules.jar");
        try (FileSystem jar = FileSystems.newFileSystem(rulesJar, Map.of("create", "true"));
             Stream<Path> files = Files.walk(SharedEngine.RULES)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = SharedEngine.RULES.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("tests/")) {
                    Path target = jar.getPath("/" + ExcuseEngine.SHIPPED_RULES, relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void aJarOnTheClasspathGivesTheFoldersVersionAndAssessments() throws IOException {
        Assessment fromFolder = SharedEngine.get().assess(VISIT);
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {rulesJar.toUri().toURL()}, null);
             ExcuseEngine engine = ExcuseEngine.builderFromClasspath(ExcuseEngine.SHIPPED_RULES, classpath).build()) {
            assertEquals(SharedEngine.get().rulesVersion(), engine.rulesVersion());
            assertEquals(fromFolder, engine.assess(VISIT));
        }
    }

    @Test
    void aFolderInAZipFileSystemGivesTheFoldersVersion() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(rulesJar);
             ExcuseEngine engine = ExcuseEngine.builder(zip.getPath(ExcuseEngine.SHIPPED_RULES)).build()) {
            assertEquals(SharedEngine.get().rulesVersion(), engine.rulesVersion());
            assertEquals(SharedEngine.get().assess(VISIT), engine.assess(VISIT));
        }
    }

    @Test
    void aFolderOnTheClasspathIsReadInPlace() throws IOException {
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {Path.of(".").toUri().toURL()}, null);
             ExcuseEngine engine = ExcuseEngine.builderFromClasspath("rules/", classpath).build()) {
            assertEquals(SharedEngine.get().rulesVersion(), engine.rulesVersion());
            assertEquals(SharedEngine.RULES.toAbsolutePath().normalize(), engine.rulesDir().toAbsolutePath().normalize());
        }
    }

    @Test
    void rulesInAJarCannotBeWatched() throws IOException {
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {rulesJar.toUri().toURL()}, null)) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> ExcuseEngine.builderFromClasspath(ExcuseEngine.SHIPPED_RULES, classpath).watchRules(true).build());
            assertTrue(refused.getMessage().contains("jar:" + rulesJar.toUri()), refused.getMessage());
        }
    }

    @Test
    void aMissingClasspathFolderSaysWhereItLooked() throws IOException {
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {rulesJar.toUri().toURL()}, null)) {
            RulesNotFoundException missing = assertThrows(RulesNotFoundException.class,
                    () -> ExcuseEngine.builderFromClasspath("crm/rules", classpath).build());
            assertEquals("classpath:crm/rules", missing.location());
        }
    }

    @Test
    void aMissingFolderSaysWhereItLooked() {
        RulesNotFoundException missing = assertThrows(RulesNotFoundException.class,
                () -> ExcuseEngine.builder(temp.resolve("no-such-rules")).build());
        assertEquals(temp.resolve("no-such-rules").toAbsolutePath().toString(), missing.location());
    }

    @Test
    void aLinkToTheRulesFolderGivesTheFoldersVersionAndAssessments() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("rules-link"), SharedEngine.RULES.toAbsolutePath());
        try (ExcuseEngine engine = ExcuseEngine.builder(link).build()) {
            assertEquals(SharedEngine.get().rulesVersion(), engine.rulesVersion());
            assertEquals(SharedEngine.get().assess(VISIT), engine.assess(VISIT));
        }
    }

    @Test
    void aFolderWithoutRuleFilesIsRefusedWhenLoadedNotVisitByVisit() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("no-rule-files"));
        Files.writeString(empty.resolve("README.md"), "the rules are elsewhere");

        RulesNotFoundException refused = assertThrows(RulesNotFoundException.class, () -> ExcuseEngine.builder(empty).build());

        assertEquals(empty.toAbsolutePath().toString(), refused.location());
        assertTrue(refused.getMessage().contains("no rule files (.drl, .drl.csv, .drl.xlsx) in this folder"), refused.getMessage());
    }

    @Test
    void aClosedEngineRefusesAtOnceAndClosesOnce() throws IOException {
        try (URLClassLoader classpath = new URLClassLoader(new URL[] {rulesJar.toUri().toURL()}, null)) {
            ExcuseEngine engine = ExcuseEngine.builderFromClasspath(ExcuseEngine.SHIPPED_RULES, classpath).build();
            Path root = engine.rulesDir();
            engine.close();
            engine.close();

            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                assertThrows(IllegalStateException.class, () -> engine.assess(VISIT));
                assertThrows(IllegalStateException.class, engine::reload);
            });
            assertTrue(!root.getFileSystem().isOpen(), "the engine's own jar file system is closed with it");
        }
    }

    @Test
    void theVersionIsTheBuilds() {
        assertTrue(ExcuseEngine.version().matches("\\d+\\.\\d+\\.\\d+.*"), ExcuseEngine.version());
    }

}
