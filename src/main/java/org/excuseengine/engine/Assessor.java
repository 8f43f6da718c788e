package org.excuseengine.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.History;
import org.excuseengine.model.Visit;
import org.excuseengine.model.fact.VisitContext;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** Runs one visit through one rule base: facts in, rules fired, assessment out. */
final class Assessor {
    /** Firings allowed per fact in working memory before a session counts as runaway. */
    private static final int FIRINGS_PER_FACT = 40;
    private static final int BASE_FIRINGS = 2_000;
    /**
     * The stages every rule file belongs to (its {@code ruleflow-group}), in the order they run: each
     * stage decides on the complete results of the stages before it, so no rule fires on a half-made
     * picture. Rules outside these groups run last.
     */
    static final List<String> STAGES = List.of("derive", "judge", "decide", "respond");

    private final RuleBase rules;
    private final String defaultLanguage;
    private final Duration timeLimit;
    private final ScheduledExecutorService watchdog;

    /**
     * @param timeLimit how long the rules may run on one visit before the watchdog halts them
     * @param watchdog  the thread that halts a session that runs past its time
     */
    Assessor(RuleBase rules, String defaultLanguage, Duration timeLimit, ScheduledExecutorService watchdog) {
        this.rules = rules;
        this.defaultLanguage = defaultLanguage;
        this.timeLimit = timeLimit;
        this.watchdog = watchdog;
    }

    Assessment assess(Visit visit, LocalDate today) {
        VisitChecks.check(visit);
        LocalDate date = visit.date() != null ? visit.date() : today;
        List<ExcuseResolver.Resolved> excuses = ExcuseResolver.resolve(visit.excuses(), rules.classifier());
        KieSession session = rules.newSession();
        FiredRules fired = new FiredRules(rules.order());
        session.addEventListener(fired);
        try {
            int facts = insertFacts(session, visit, date, excuses);
            for (int stage = STAGES.size() - 1; stage >= 0; stage--) {
                session.getAgenda().getAgendaGroup(STAGES.get(stage)).setFocus();
            }
            fireWithinLimits(session, BASE_FIRINGS + FIRINGS_PER_FACT * facts, fired);
            return new AssessmentBuilder(visit, date, excuses, rules, defaultLanguage)
                    .build(results(session), fired.names());
        } finally {
            session.removeEventListener(fired);
            session.dispose();
        }
    }

    /**
     * The result facts the rules inserted, type by type: the session keeps facts by class, so this
     * skips the history without looking at it, where a scan of every fact would not.
     */
    private static List<Object> results(KieSession session) {
        List<Object> results = new ArrayList<>();
        for (Class<?> type : AssessmentBuilder.RESULT_TYPES) {
            results.addAll(session.getObjects(new ClassObjectFilter(type)));
        }
        return results;
    }

    /**
     * Fires the rules, stopping a runaway rule by count of firings and by time. A rule that throws
     * fails this visit only: a batch or a replay goes on with the next.
     */
    private void fireWithinLimits(KieSession session, int maxFirings, FiredRules fired) {
        AtomicBoolean overtime = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            overtime.set(true);
            session.halt();
        }, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        int firings;
        try {
            firings = session.fireAllRules(maxFirings);
        } catch (RuntimeException e) {
            throw new AssessmentException("/: the rules failed on this visit: " + rootCause(e), e);
        } finally {
            alarm.cancel(false);
        }
        if (overtime.get()) {
            // A visit near the size limits on a cold or overloaded machine can run out of time without
            // any loop: say both, with the figures that tell them apart.
            throw new AssessmentException("/: stopped after " + timeLimit.toMillis() + " ms and " + firings
                    + " rule firings (rule \"" + fired.busiest() + "\" fired most): the rules loop on this visit,"
                    + " or it is too large to judge within the time limit");
        }
        if (firings >= maxFirings) {
            throw new AssessmentException("/: rule \"" + fired.busiest() + "\" kept firing: stopped after "
                    + maxFirings + " firings; the rules loop on this visit");
        }
    }

    /** Drools wraps what a rule threw, some levels deep; its own messages name the rule. */
    private static String rootCause(Throwable e) {
        StringBuilder causes = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            causes.append(": ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return causes.toString();
    }

    /** Inserts a visit's facts; returns how many. The {@link Explainer} inserts the very same. */
    static int insertFacts(KieSession session, Visit visit, LocalDate date, List<ExcuseResolver.Resolved> excuses) {
        History history = visit.history();
        session.insert(new VisitContext(visit.visitId(), date, visit.target(),
                visit.commitment() == null ? null : visit.commitment().amount(),
                visit.commitment() == null ? null : visit.commitment().due()));
        session.insert(visit.customer());
        history.promises().forEach(session::insert);
        history.payments().forEach(session::insert);
        history.tickets().forEach(session::insert);
        history.excuses().forEach(session::insert);
        excuses.forEach(resolved -> session.insert(resolved.excuse()));
        return 2 + history.size() + excuses.size();
    }
}
