package org.excuseengine.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;
import org.excuseengine.text.Languages;
import org.kie.api.definition.rule.Rule;

/**
 * The one entry point for embedding Excuse Engine: judges the excuses of a collection visit with
 * the rules of a rules folder.
 *
 * <pre>{@code
 * try (ExcuseEngine engine = ExcuseEngine.fromRules(Path.of("rules"))) {
 *     Assessment assessment = engine.assess(visit);
 *     assessment.verdict();                      // NOT_CREDIBLE
 *     assessment.excuses().get(0).rebuttal();    // what to answer, in the customer's language
 *     assessment.escalation().followUpInDays();  // 3
 * }
 * }</pre>
 *
 * <p>An engine is immutable as far as callers can see and safe to share between threads. Loading
 * compiles every rule file under the folder and fails with a {@link RuleCompilationException}
 * that names each file and line. {@link #reload()} swaps a newly compiled version in atomically:
 * an assessment runs on exactly one version from start to end, and a version that does not
 * compile never replaces a working one. The visit's {@code date} is "today" for every rule; the
 * injected {@link Clock} is read only for a visit without a date and for {@link #status()}.
 */
public final class ExcuseEngine implements AutoCloseable {
    private final Path rulesDir;
    private final Clock clock;
    private final String defaultLanguage;
    private final AtomicReference<RuleBase> current;
    private final AtomicReference<EngineStatus> status = new AtomicReference<>();

    private ExcuseEngine(Builder builder) {
        this.rulesDir = builder.rulesDir;
        this.clock = builder.clock;
        this.defaultLanguage = builder.defaultLanguage;
        RuleBase first = RuleBase.load(rulesDir, clock.instant());
        this.current = new AtomicReference<>(first);
        this.status.set(statusOf(first, null, List.of()));
    }

    /** An engine on the rules in {@code rulesDir}, with the system clock and English as the default language. */
    public static ExcuseEngine fromRules(Path rulesDir) {
        return builder(rulesDir).build();
    }

    public static Builder builder(Path rulesDir) {
        return new Builder(rulesDir);
    }

    /**
     * Judges every excuse of {@code visit}.
     *
     * @throws AssessmentException when the visit breaks the contract (the message names the field)
     *                             or a rule loops on it (the message names the rule)
     */
    public Assessment assess(Visit visit) {
        RuleBase rules = current.get();
        return new Assessor(rules, languageFor(visit)).assess(visit, LocalDate.now(clock));
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
     * returned and shown by {@link #status()}.
     *
     * @return the problems of the new version; empty when it was swapped in
     */
    public List<RuleProblem> reload() {
        try {
            RuleBase fresh = RuleBase.load(rulesDir, clock.instant());
            RuleBase old = current.getAndSet(fresh);
            status.set(statusOf(fresh, null, List.of()));
            old.close();
            return List.of();
        } catch (RuleCompilationException e) {
            status.set(statusOf(current.get(), clock.instant(), e.problems()));
            return e.problems();
        }
    }

    public EngineStatus status() {
        return status.get();
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

    @Override
    public void close() {
        current.get().close();
    }

    private String languageFor(Visit visit) {
        return visit != null && Languages.isSupported(visit.lang()) ? visit.lang() : defaultLanguage;
    }

    private static EngineStatus statusOf(RuleBase rules, Instant failedAt, List<RuleProblem> errors) {
        return new EngineStatus(rules.version(), rules.loadedAt(), rules.files(), failedAt, errors);
    }

    /** Settings of an engine; every one has a default. */
    public static final class Builder {
        private final Path rulesDir;
        private Clock clock = Clock.systemDefaultZone();
        private String defaultLanguage = Languages.EN;

        private Builder(Path rulesDir) {
            this.rulesDir = Objects.requireNonNull(rulesDir, "rulesDir");
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

        /** Loads and compiles the rules; throws {@link RuleCompilationException} naming every problem. */
        public ExcuseEngine build() {
            return new ExcuseEngine(this);
        }
    }
}
