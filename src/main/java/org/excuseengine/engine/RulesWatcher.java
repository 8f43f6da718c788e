package org.excuseengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rules folder and its sub-folders, and calls back once a burst of changes has settled:
 * an editor saving a file, or a copy of many files, gives one reload, not one per event.
 */
final class RulesWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final Path root;
    private final Duration quietPeriod;
    private final Runnable onChange;
    private final WatchService watchService;
    private final Thread thread;

    RulesWatcher(Path root, Duration quietPeriod, Runnable onChange) {
        this.root = root;
        this.quietPeriod = quietPeriod;
        this.onChange = onChange;
        try {
            this.watchService = FileSystems.getDefault().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the rules folder " + root, e);
        }
        this.thread = new Thread(this::watch, "excuse-engine-rules-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = watchService.take();
                drain(first);
                waitUntilQuiet();
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    LOG.error("reloading the rules failed", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps taking events until none came for a whole quiet period. */
    private void waitUntilQuiet() throws InterruptedException {
        for (WatchKey next = poll(); next != null; next = poll()) {
            drain(next);
        }
    }

    private WatchKey poll() throws InterruptedException {
        return watchService.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads a key's events (registering any new sub-folder) and re-arms it. */
    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    LOG.warn("cannot watch the new folder {}", dir.resolve(name), e);
                }
            }
        });
        key.reset();
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> dirs = Files.walk(top, FileVisitOption.FOLLOW_LINKS)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.warn("cannot stop watching {}", root, e);
        }
        thread.interrupt();
    }
}
