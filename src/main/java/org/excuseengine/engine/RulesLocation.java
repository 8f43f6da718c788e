package org.excuseengine.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an engine reads its rules: a folder on the file system, a folder inside any other file
 * system (a zip file opened by the application), or a folder of the classpath, which is either a
 * directory or an entry of a jar. Every kind ends as a {@link Path}, so the rules are read, and
 * their version digested, by the same code wherever they are.
 *
 * @param root           the rules folder
 * @param ownFileSystem  a jar file system opened for the engine alone, closed with it; or null
 */
record RulesLocation(Path root, FileSystem ownFileSystem) implements Closeable {
    private static final String JAR_SEPARATOR = "!/";

    static RulesLocation of(Path root) {
        return new RulesLocation(root, null);
    }

    /**
     * The folder {@code resourceRoot} (e.g. {@code excuse-engine/rules}) as {@code loader} sees
     * it: the first directory or jar entry of that name on its classpath.
     */
    static RulesLocation onClasspath(String resourceRoot, ClassLoader loader) {
        String name = trimSlashes(resourceRoot);
        String location = "classpath:" + name;
        URL url = loader.getResource(name + "/");
        if (url == null) {
            url = loader.getResource(name);
        }
        if (url == null) {
            throw new RulesNotFoundException(location, "no rules folder of this name on the classpath");
        }
        URI uri = toUri(url);
        switch (uri.getScheme()) {
            case "file":
                return of(Path.of(uri));
            case "jar":
                return inJar(uri, location);
            default:
                throw new RulesNotFoundException(location, "the rules are at " + url
                        + ", which is neither a folder nor a jar on the file system; unpack them or pass a Path");
        }
    }

    /** Rules in a jar get a zip file system of the engine's own, so that closing the engine never closes one the application holds. */
    private static RulesLocation inJar(URI uri, String location) {
        String spec = uri.getRawSchemeSpecificPart();
        int separator = spec.indexOf(JAR_SEPARATOR);
        if (separator < 0 || spec.indexOf(JAR_SEPARATOR, separator + 1) >= 0) {
            throw new RulesNotFoundException(location, "the rules are in a jar nested in another jar (" + uri
                    + "); unpack them or pass a Path");
        }
        Path jar = Path.of(URI.create(spec.substring(0, separator)));
        String entry = URI.create("x:/" + spec.substring(separator + JAR_SEPARATOR.length())).getPath();
        try {
            FileSystem zip = FileSystems.newFileSystem(jar);
            Path root = zip.getPath(entry);
            if (!Files.isDirectory(root)) {
                zip.close();
                throw new RulesNotFoundException(location, "no rules folder at " + uri);
            }
            return new RulesLocation(root, zip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the rules jar " + jar, e);
        }
    }

    /** Whether a change can be watched: only a folder of the default file system sends change events. */
    boolean isWatchable() {
        return root.getFileSystem() == FileSystems.getDefault();
    }

    @Override
    public void close() {
        if (ownFileSystem != null) {
            try {
                ownFileSystem.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the rules jar", e);
            }
        }
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the class loader gave a malformed URL: " + url, e);
        }
    }

    private static String trimSlashes(String name) {
        String trimmed = name;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("resourceRoot: expected a folder name such as excuse-engine/rules, got \"" + name + "\"");
        }
        return trimmed;
    }
}
