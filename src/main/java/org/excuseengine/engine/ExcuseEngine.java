package org.excuseengine.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;
import org.excuseengine.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.kie.api.definition.rule.Rule;

/**
 * The one entry point for embedding Excuse Engine: judges the excuses of a collection visit with
 * the rules of a rules folder, read from the file system, from any other {@link Path} (a folder
 * inside a zip file system) or from the classpath (the {@code rules} jar of the project).
 *
 * <pre>{@code
 * try (ExcuseEngine engine = ExcuseEngine.builder(Path.of("rules")).watchRules(true).build()) {
 *     Assessment assessment = engine.assess(visit);
 *     assessment.verdict();                      // NOT_CREDIBLE
 *     assessment.excuses().get(0).rebuttal();    // what to answer, in the customer's language
 *     assessment.escalation().followUpInDays();  // 3
 * }
 * }</pre>
 *
 * <p>Loaded from the classpath, for instance with the shipped rules jar
 * ({@code org.excuseengine:excuse-engine:<version>:jar:rules}) as a dependency:
 *
 * <pre>{@code
 * try (ExcuseEngine engine = ExcuseEngine.builderFromClasspath(ExcuseEngine.SHIPPED_RULES).build()) { ... }
 * }</pre>
 *
 * <p>The same files give the same {@link #rulesVersion()} wherever they are read from. Only a
 * folder on the file system can be watched for changes.
 *
 * <p>An engine is safe to share between threads. Loading compiles every rule file under the
 * folder and fails with a {@link RuleCompilationException} that names each file and line.
 * {@link #reload()} (or, with {@link Builder#watchRules(boolean)}, any change to the folder)
 * compiles the folder off to the side and swaps the new version in atomically: an assessment runs
 * on exactly one version from start to end, in-flight assessments finish on the old one, and a
 * version that does not compile never replaces a working one.
 *
 * <p>The visit's {@code date} is "today" for every rule; the injected {@link Clock} is read only
 * for a visit without a date and for load times. A rule that runs away on a visit (firing without
 * end, or past {@link Builder#timeLimit(Duration)}) fails that visit with an
 * {@link AssessmentException} naming the rule; the engine carries on.
 */
public final class ExcuseEngine implements AutoCloseable {
    /** Where the project's rules jar keeps the shipped rules on the classpath. */
    public static final String SHIPPED_RULES = "excuse-engine/rules";

    private static final Logger LOG = LoggerFactory.getLogger(ExcuseEngine.class);

    private final RulesLocation location;
    private final Path rulesDir;
    private final Clock clock;
    private final String defaultLanguage;
    private final Duration timeLimit;
    private final ScheduledExecutorService watchdog;
    private final AtomicReference<RuleBase> current;
    private final AtomicReference<EngineStatus> status = new AtomicReference<>();
    private final RulesWatcher watcher;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final RunawayGuard guard = new RunawayGuard();
    /** The version served before the current one, kept to serve again should the current one be withdrawn. */
    private RuleBase previous;
    /** Versions whose rule code did not return: never served again, whatever reloads. */
    private final Set<String> withdrawn = ConcurrentHashMap.newKeySet();
    private ContractJson scenarioReader;

    private ExcuseEngine(Builder builder, RulesLocation location) {
        this.location = location;
        this.rulesDir = location.root();
        this.clock = builder.clock;
        this.defaultLanguage = builder.defaultLanguage;
        this.timeLimit = builder.timeLimit;
        RuleBase first = RuleBase.load(rulesDir, clock.instant());
        this.current = new AtomicReference<>(first);
        this.status.set(new EngineStatus(first.version(), first.loadedAt(), first.files(), 0, 0, null, List.of()));
        this.watchdog = newWatchdog();
        this.watcher = builder.watch ? new RulesWatcher(rulesDir, builder.quietPeriod, this::reloadUnlessClosed) : null;
    }

    /** An engine on the rules in {@code rulesDir}, with the system clock and English as the default language. */
    public static ExcuseEngine fromRules(Path rulesDir) {
        return builder(rulesDir).build();
    }

    /**
     * An engine on the rules folder {@code rulesDir}: a folder on the file system, or a folder of
     * any other file system the application opened (a zip file's, for instance), which it keeps
     * open while the engine runs.
     */
    public static Builder builder(Path rulesDir) {
        Objects.requireNonNull(rulesDir, "rulesDir");
        return new Builder(() -> RulesLocation.of(rulesDir));
    }

    /**
     * An engine on the rules folder {@code resourceRoot} of the classpath (a directory or a jar
     * entry), as the thread's context class loader sees it, or this library's when there is none;
     * {@link #SHIPPED_RULES} with the project's rules jar.
     */
    public static Builder builderFromClasspath(String resourceRoot) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return builderFromClasspath(resourceRoot, context != null ? context : ExcuseEngine.class.getClassLoader());
    }

    /** An engine on the rules folder {@code resourceRoot} of {@code loader}'s classpath. */
    public static Builder builderFromClasspath(String resourceRoot, ClassLoader loader) {
        Objects.requireNonNull(resourceRoot, "resourceRoot");
        Objects.requireNonNull(loader, "loader");
        return new Builder(() -> RulesLocation.onClasspath(resourceRoot, loader));
    }

    /** This library's version, as built (e.g. {@code 0.1.0}). */
    public static String version() {
        return BuildVersion.VALUE;
    }

    /**
     * Judges every excuse of {@code visit}.
     *
     * @throws AssessmentException when the visit breaks the contract (the message names the field;
     *                             {@link AssessmentException#invalidVisit()} is true), or a rule
     *                             runs away or throws on it (the message names the rule)
     * @throws IllegalStateException when the engine is closed
     */
    public Assessment assess(Visit visit) {
        return withRules((rules, today) -> assess(visit, rules, today));
    }

    /**
     * Assesses {@code visit} with {@code rules}, which the caller holds (see {@link #withRules}),
     * under the runaway guard: rule code that does not return within the time limit fails this
     * visit, naming the rule, and takes its rules version out of service.
     */
    Assessment assess(Visit visit, RuleBase rules, LocalDate today) {
        EngineStatus now = status.get();
        if (!now.inService() && now.rulesVersion().equals(rules.version())) {
            throw AssessmentException.rulesFailed("/: no rules in service: " + now.lastWithdrawal().reason());
        }
        try {
            return guarded(visit, rules, today);
        } catch (RunawayGuard.Stuck stuck) {
            String reason = "rules " + rules.version() + " taken out of service: " + stuck.progress().culprit()
                    + " did not return within " + timeLimit.toMillis() + " ms";
            withdraw(rules, reason, stuck.thread());
            throw AssessmentException.rulesFailed("/: " + reason + " on this visit");
        }
    }

    private Assessment guarded(Visit visit, RuleBase rules, LocalDate today) throws RunawayGuard.Stuck {
        AssessmentProgress progress = new AssessmentProgress();
        return guard.run(() -> new Assessor(rules, languageFor(visit), timeLimit, watchdog, progress).assess(visit, today),
                progress, timeLimit);
    }

    /**
     * Takes {@code bad} out of service: the version served before it serves again; without one, no
     * rules serve until a reload brings a version that passes the gate. The stuck thread is
     * reported with its stack, for whoever fixes the rule.
     */
    private synchronized void withdraw(RuleBase bad, String reason, Thread stuck) {
        String threadName = stuck == null ? "?" : stuck.getName();
        RuntimeException where = new RuntimeException("stack of " + threadName);
        if (stuck != null) {
            where.setStackTrace(stuck.getStackTrace());
        }
        LOG.error("{}; thread {} is still running it and cannot be stopped safely: restart the process to free it",
                reason, threadName, where);
        withdrawn.add(bad.version());
        bad.abandon();
        EngineStatus before = status.get();
        EngineStatus.Withdrawal withdrawal = new EngineStatus.Withdrawal(bad.version(), clock.instant(), reason,
                threadName);
        if (current.get() != bad) {
            status.set(with(before, before.inService(), withdrawal));
            return;
        }
        if (previous != null) {
            RuleBase fallback = previous;
            previous = null;
            current.set(fallback);
            status.set(new EngineStatus(fallback.version(), fallback.loadedAt(), fallback.files(), before.reloads(),
                    before.failedReloads(), before.lastFailureAt(), before.lastErrors(), true, withdrawal));
            bad.close();
            LOG.error("rules {} serve again", fallback.version());
        } else {
            status.set(with(before, false, withdrawal));
        }
    }

    private static EngineStatus with(EngineStatus status, boolean inService, EngineStatus.Withdrawal withdrawal) {
        return new EngineStatus(status.rulesVersion(), status.loadedAt(), status.files(), status.reloads(),
                status.failedReloads(), status.lastFailureAt(), status.lastErrors(), inService, withdrawal);
    }

    /**
     * Runs {@code work} on the rule base in service, held for the whole of it so that a reload
     * meanwhile neither shuts it nor slips another version in, with the engine's today.
     */
    <T> T withRules(BiFunction<RuleBase, LocalDate, T> work) {
        RuleBase rules = acquireRules();
        try {
            return work.apply(rules, LocalDate.now(clock));
        } finally {
            rules.release();
        }
    }

    /**
     * Judges many visits, in order. A visit that cannot be assessed gets its error in its place;
     * the others are assessed all the same.
     */
    public List<Result> assessAll(List<Visit> visits) {
        List<Result> results = new ArrayList<>(visits.size());
        for (Visit visit : visits) {
            try {
                results.add(new Result(assess(visit), null));
            } catch (AssessmentException e) {
                results.add(new Result(null, e.getMessage()));
            }
        }
        return results;
    }

    /** One visit's result in a batch: an assessment, or the error that kept it from being assessed. */
    public record Result(Assessment assessment, String error) {
        public boolean ok() {
            return assessment != null;
        }
    }

    /**
     * Compiles the rules folder again and, if it compiles, serves the new version from the next
     * assessment on. A version that fails keeps the current one in service; its problems are
     * logged, returned and shown by {@link #status()}. A folder that has not changed is not
     * compiled again.
     *
     * @return the problems of the new version; empty when it is in service
     */
    public synchronized List<RuleProblem> reload() {
        requireOpen();
        EngineStatus before = status.get();
        try {
            RuleFolder folder = RuleFolder.read(rulesDir);
            if (folder.version().equals(before.rulesVersion()) && before.upToDate() && before.inService()) {
                return List.of();
            }
            if (withdrawn.contains(folder.version())) {
                return failedReload(before, new RuleCompilationException(List.of(RuleProblem.error(
                        rulesDir.toString(), 0, 0, "rules " + folder.version()
                                + " were taken out of service and are not served again; change the rule that ran away"))));
            }
            RuleBase fresh = RuleBase.load(folder, clock.instant());
            List<RuleProblem> unfinished = gate(fresh);
            if (!unfinished.isEmpty()) {
                fresh.close();
                return failedReload(before, new RuleCompilationException(unfinished));
            }
            RuleBase old = current.getAndSet(fresh);
            status.set(new EngineStatus(fresh.version(), fresh.loadedAt(), fresh.files(), before.reloads() + 1,
                    before.failedReloads(), null, List.of(), true, before.lastWithdrawal()));
            if (previous != null) {
                previous.close();
            }
            previous = null;
            if (before.inService()) {
                previous = old;
            } else {
                old.close();
            }
            LOG.info("rules {} loaded from {}", fresh.version(), rulesDir);
            return List.of();
        } catch (java.io.UncheckedIOException e) {
            return failedReload(before, new RuleCompilationException(List.of(
                    RuleProblem.error(rulesDir.toString(), 0, 0, "cannot read the rules folder: " + e.getCause()))));
        } catch (RuleCompilationException e) {
            return failedReload(before, e);
        }
    }

    /** What a watched change does: nothing once the engine is closing. */
    private synchronized void reloadUnlessClosed() {
        if (!closed.get()) {
            reload();
        }
    }

    /**
     * The reload gate: every scenario in the new version's {@code tests} folder must be assessed
     * within the time limit. Returns a problem for the first that is not (then the gate stops:
     * a scenario that did not return holds a thread, and another would hold one more).
     */
    private List<RuleProblem> gate(RuleBase fresh) {
        if (scenarioReader == null) {
            scenarioReader = new ContractJson();
        }
        LocalDate today = LocalDate.now(clock);
        for (ScenarioGate.Scenario scenario : ScenarioGate.read(fresh.folder().root(), scenarioReader)) {
            long start = System.nanoTime();
            try {
                guarded(scenario.visit(), fresh, today);
            } catch (RunawayGuard.Stuck stuck) {
                withdrawn.add(fresh.version());
                fresh.abandon();
                String reason = "scenario " + scenario.visit().visitId() + ": " + stuck.progress().culprit()
                        + " did not return within " + timeLimit.toMillis() + " ms; these rules are not served";
                RuntimeException where = new RuntimeException("stack of " + stuck.thread().getName());
                where.setStackTrace(stuck.thread().getStackTrace());
                LOG.error("{}; thread {} is still running it", reason, stuck.thread().getName(), where);
                return List.of(RuleProblem.error(scenario.file(), scenario.line(), 0, reason));
            } catch (AssessmentException e) {
                if (System.nanoTime() - start >= timeLimit.toNanos()) {
                    return List.of(RuleProblem.error(scenario.file(), scenario.line(), 0, "scenario "
                            + scenario.visit().visitId() + " did not finish within " + timeLimit.toMillis()
                            + " ms: " + e.getMessage()));
                }
            } catch (RuntimeException e) {
                // A scenario the rules fail on is the test command's to report; it did finish.
            }
        }
        return List.of();
    }

    private List<RuleProblem> failedReload(EngineStatus before, RuleCompilationException e) {
        status.set(new EngineStatus(before.rulesVersion(), before.loadedAt(), before.files(), before.reloads(),
                before.failedReloads() + 1, clock.instant(), e.problems(), before.inService(), before.lastWithdrawal()));
        LOG.error("rules in {} not reloaded; still serving {}:\n{}", rulesDir, before.rulesVersion(), e.getMessage());
        return e.problems();
    }

    public EngineStatus status() {
        return status.get();
    }

    /**
     * The excuses found in {@code text} by the lexicon of the rules in service, one per clause: what
     * {@link #assess} does with an excuse that has no category.
     */
    public List<org.excuseengine.text.Classification> categorize(String text) {
        return current.get().classifier().classify(text);
    }

    /** The version of the rules that the next assessment will use. */
    public String rulesVersion() {
        return current.get().version();
    }

    /**
     * The names of every rule in the version the next assessment will use, sorted: what replay
     * metrics need to tell which rules never fired.
     */
    public List<String> ruleNames() {
        return current.get().kieBase().getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getRules().stream())
                .map(Rule::getName)
                .sorted()
                .toList();
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /**
     * Stops watching the folder and releases the rules once the assessments in flight end; from
     * then on {@link #assess} and {@link #reload} throw {@link IllegalStateException}. Closing
     * again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        watchdog.shutdownNow();
        guard.close();
        synchronized (this) {
            if (previous != null) {
                previous.close();
                previous = null;
            }
            current.get().close();
        }
        location.close();
    }

    /**
     * The rule base in service, held for one assessment; read again if a reload retires it
     * meanwhile. A closed engine's rule base can never be held, hence the check on every turn.
     */
    private RuleBase acquireRules() {
        while (true) {
            requireOpen();
            RuleBase rules = current.get();
            if (rules.tryAcquire()) {
                return rules;
            }
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the engine is closed");
        }
    }

    String languageFor(Visit visit) {
        return visit != null && Languages.isSupported(visit.lang()) ? visit.lang() : defaultLanguage;
    }

    private static ScheduledExecutorService newWatchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("excuse-engine-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    /** Settings of an engine; every one has a default. */
    public static final class Builder {
        private final java.util.function.Supplier<RulesLocation> rules;
        private Clock clock = Clock.systemDefaultZone();
        private String defaultLanguage = Languages.EN;
        private Duration timeLimit = Duration.ofSeconds(10);
        private boolean watch;
        private Duration quietPeriod = Duration.ofMillis(300);

        private Builder(java.util.function.Supplier<RulesLocation> rules) {
            this.rules = rules;
        }

        /** The clock that tells today's date for visits without one, and load times. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The rebuttal language when neither the excuse text nor the visit tells: zh-Hant, zh-Hans or en. */
        public Builder defaultLanguage(String language) {
            if (!Languages.isSupported(language)) {
                throw new IllegalArgumentException("language: expected zh-Hant, zh-Hans or en, got " + language);
            }
            this.defaultLanguage = language;
            return this;
        }

        /**
         * How long the rules may run on one visit before it fails as a runaway (default 10 s:
         * generous, since the first assessments of a cold JVM on a busy machine can take seconds).
         */
        public Builder timeLimit(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeLimit: expected a positive duration, got " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /**
         * Reload by itself whenever the rules folder changes (default: no). Only a folder on the
         * file system can be watched: {@link #build()} refuses rules in a jar or zip file.
         */
        public Builder watchRules(boolean watch) {
            this.watch = watch;
            return this;
        }

        /** How long the folder must stay unchanged before a watched change is reloaded (default 300 ms). */
        public Builder quietPeriod(Duration quietPeriod) {
            this.quietPeriod = Objects.requireNonNull(quietPeriod, "quietPeriod");
            return this;
        }

        /**
         * Loads and compiles the rules; throws {@link RuleCompilationException} naming every
         * problem ({@link RulesNotFoundException} when there is no rules folder where it looked).
         */
        public ExcuseEngine build() {
            RulesLocation location = rules.get();
            try {
                if (watch && !location.isWatchable()) {
                    throw new IllegalStateException("watchRules: only a rules folder on the file system can be watched, not "
                            + RuleFolder.describe(location.root()));
                }
                return new ExcuseEngine(this, location);
            } catch (RuntimeException | Error e) {
                location.close();
                throw e;
            }
        }
    }
}
