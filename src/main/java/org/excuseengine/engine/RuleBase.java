package org.excuseengine.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.excuseengine.text.ExcuseClassifier;
import org.excuseengine.text.Lexicon;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One loaded version of the rules folder: the compiled rules with their pool of sessions, the
 * rebuttal texts and the lexicon. Immutable; an assessment uses exactly one rule base from start
 * to end, which is what keeps a reload from ever mixing two versions.
 */
final class RuleBase implements AutoCloseable {
    private static final int POOLED_SESSIONS = Runtime.getRuntime().availableProcessors() * 2;
    private static final int LOAD_ATTEMPTS = 3;

    /** The files this version was compiled from, as they were read. */
    private final RuleFolder folder;
    private final Instant loadedAt;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final RuleOrder order;
    private final RebuttalCatalog rebuttals;
    private final ExcuseClassifier classifier;
    private final Calendars calendars;
    /** The engine's own hold plus one per assessment in flight; the pool shuts when it reaches 0. */
    private final AtomicInteger holds = new AtomicInteger(1);
    /**
     * A thread is stuck in one of this version's sessions: the pool must never be shut, since
     * shutting it disposes that session, which waits for the stuck rule to return.
     */
    private volatile boolean abandoned;

    private RuleBase(RuleFolder folder, KieBase kieBase, RebuttalCatalog rebuttals, ExcuseClassifier classifier,
                     Calendars calendars, Instant loadedAt) {
        this.folder = folder;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(POOLED_SESSIONS);
        this.order = RuleOrder.of(kieBase, folder);
        this.rebuttals = rebuttals;
        this.classifier = classifier;
        this.calendars = calendars;
        this.loadedAt = loadedAt;
    }

    /** Reads and compiles {@code rulesDir}; throws {@link RuleCompilationException} on any error. */
    static RuleBase load(Path rulesDir, Instant now) {
        return load(RuleFolder.read(rulesDir), now);
    }

    /**
     * Compiles a folder already read. Rules and rebuttals come from the snapshot itself; the lexicon
     * is read from disk just after it: should the folder change meanwhile, the version would not
     * name what was loaded, so the folder is loaded again.
     */
    static RuleBase load(RuleFolder folder, Instant now) {
        RuleFolder snapshot = folder;
        for (int attempt = 1; attempt <= LOAD_ATTEMPTS; attempt++) {
            RuleBase loaded = loadOnce(snapshot, now);
            RuleFolder after;
            try {
                after = RuleFolder.read(snapshot.root());
            } catch (RuntimeException e) {
                loaded.close();
                throw e;
            }
            if (after.version().equals(snapshot.version())) {
                return loaded;
            }
            loaded.close();
            snapshot = after;
        }
        throw new RuleCompilationException(List.of(RuleProblem.error(folder.root().toString(), 0, 0,
                "the rules folder kept changing while it was loaded (" + LOAD_ATTEMPTS + " times); try again once the edit is done")));
    }

    /**
     * The lexicon and the text tables it needs take about a third as long as the compile and do not
     * depend on it, so they load on a second thread meanwhile.
     */
    private static RuleBase loadOnce(RuleFolder folder, Instant now) {
        Path rulesDir = folder.root();
        FutureTask<ExcuseClassifier> classifier = new FutureTask<>(() -> loadClassifier(rulesDir.resolve("lexicon")));
        Thread reader = new Thread(classifier, "excuse-engine-lexicon");
        reader.setDaemon(true);
        reader.start();
        KieBase kieBase = RuleCompiler.compile(folder);
        RebuttalCatalog rebuttals = RebuttalCatalog.load(folder);
        Calendars calendars = Calendars.load(rulesDir);
        return new RuleBase(folder, kieBase, rebuttals, await(classifier), calendars, now);
    }

    private static ExcuseClassifier loadClassifier(Path lexiconDir) {
        ExcuseClassifier classifier = new ExcuseClassifier(Lexicon.load(lexiconDir));
        ExcuseClassifier.loadTables();
        return classifier;
    }

    private static ExcuseClassifier await(FutureTask<ExcuseClassifier> classifier) {
        try {
            return classifier.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot read the lexicon", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the lexicon", e);
        }
    }

    /**
     * Takes a hold for one assessment, unless this rule base was retired and has already shut;
     * then the caller reads the engine's current rule base again.
     */
    boolean tryAcquire() {
        for (int count = holds.get(); count > 0; count = holds.get()) {
            if (holds.compareAndSet(count, count + 1)) {
                return true;
            }
        }
        return false;
    }

    void release() {
        if (holds.decrementAndGet() == 0 && !abandoned) {
            sessions.shutdown();
        }
    }

    /** A thread will never give back its session: leave the pool to the garbage collector. */
    void abandon() {
        abandoned = true;
    }

    /** A session from the pool; the caller must {@code dispose()} it, which hands it back. */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    String version() {
        return folder.version();
    }

    RuleFolder folder() {
        return folder;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    List<String> files() {
        return folder.fileNames();
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** The order assessments list the rules that fired in. */
    RuleOrder order() {
        return order;
    }

    RebuttalCatalog rebuttals() {
        return rebuttals;
    }

    ExcuseClassifier classifier() {
        return classifier;
    }

    /** The business calendars of the folder, by language. */
    Calendars calendars() {
        return calendars;
    }

    /** Drops the engine's hold: the pool shuts as soon as the last assessment in flight ends. */
    @Override
    public void close() {
        release();
    }
}
