package org.excuseengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A snapshot of a rules folder: its rule files (DRL and decision tables), read once, and the
 * version digest of everything in it that can change an assessment.
 */
final class RuleFolder {
    /** Sub-folders whose files never change an assessment: scenario tests. */
    private static final String TESTS_FOLDER = "tests";

    record SourceFile(String relativePath, byte[] content) {
        boolean isRuleFile() {
            return relativePath.endsWith(".drl") || relativePath.endsWith(".drl.csv") || relativePath.endsWith(".drl.xlsx");
        }
    }

    private final Path root;
    private final List<SourceFile> files;
    private final String version;

    private RuleFolder(Path root, List<SourceFile> files) {
        this.root = root;
        this.files = files;
        this.version = digest(files);
    }

    static RuleFolder read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RulesNotFoundException(describe(root), "no rules folder here");
        }
        // Links are followed: a rules folder deployed as a link to a release's folder is the usual case.
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            List<SourceFile> files = walk.filter(Files::isRegularFile)
                    .map(path -> relative(root, path))
                    .filter(RuleFolder::affectsAssessments)
                    .sorted()
                    .map(rel -> new SourceFile(rel, readAll(root.resolve(rel))))
                    .toList();
            if (files.stream().noneMatch(SourceFile::isRuleFile)) {
                throw new RulesNotFoundException(describe(root), "no rule files (.drl, .drl.csv, .drl.xlsx) in this folder");
            }
            return new RuleFolder(root, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules folder " + root, e);
        }
    }

    Path root() {
        return root;
    }

    /**
     * Where {@code path} is, for a message: its absolute path on the file system, or its URI when
     * it is inside a zip or jar file.
     */
    static String describe(Path path) {
        return path.getFileSystem() == java.nio.file.FileSystems.getDefault()
                ? path.toAbsolutePath().normalize().toString()
                : path.toUri().toString();
    }

    List<SourceFile> ruleFiles() {
        return files.stream().filter(SourceFile::isRuleFile).toList();
    }

    /** The content of {@code relativePath} as this snapshot read it, or null when it has no such file. */
    byte[] content(String relativePath) {
        return files.stream().filter(file -> file.relativePath().equals(relativePath)).map(SourceFile::content)
                .findFirst().orElse(null);
    }

    List<String> fileNames() {
        return files.stream().map(SourceFile::relativePath).toList();
    }

    /** A short digest of every file that can change an assessment: rules, rebuttals, lexicon. */
    String version() {
        return version;
    }

    private static boolean affectsAssessments(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return !relativePath.startsWith(TESTS_FOLDER + "/") && !name.startsWith(".") && !name.endsWith(".md")
                && !name.endsWith("~");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String digest(List<SourceFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : files) {
                sha.update(file.relativePath().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
