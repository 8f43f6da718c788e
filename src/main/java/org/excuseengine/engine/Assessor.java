package org.excuseengine.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.History;
import org.excuseengine.model.Visit;
import java.util.Optional;
import org.excuseengine.model.fact.BusinessCalendar;
import org.excuseengine.model.fact.DisputedPart;
import org.excuseengine.model.fact.VisitContext;
import org.excuseengine.text.Languages;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs one visit through one rule base: facts in, rules fired, assessment out. */
final class Assessor {
    /** Firings allowed per fact in working memory before a session counts as runaway. */
    private static final int FIRINGS_PER_FACT = 40;
    private static final int BASE_FIRINGS = 2_000;
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");
    /**
     * The stages every rule file belongs to (its {@code ruleflow-group}), in the order they run: each
     * stage decides on the complete results of the stages before it, so no rule fires on a half-made
     * picture. Rules outside these groups run last.
     */
    static final List<String> STAGES = List.of("derive", "judge", "score", "decide", "respond");

    private final RuleBase rules;
    private final String defaultLanguage;
    private final Duration timeLimit;
    private final ScheduledExecutorService watchdog;
    private final AssessmentProgress progress;

    /**
     * @param timeLimit how long the rules may run on one visit before the watchdog halts them
     * @param watchdog  the thread that halts a session that runs past its time
     * @param progress  where the rule firing now is noted, for a guard on another thread to read
     */
    Assessor(RuleBase rules, String defaultLanguage, Duration timeLimit, ScheduledExecutorService watchdog,
             AssessmentProgress progress) {
        this.progress = progress;
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
        session.addEventListener(progress);
        try {
            progress.stage("inserting the visit's facts");
            int facts = insertFacts(session, visit, date, excuses, calendarOf(rules, excuses, defaultLanguage));
            for (int stage = STAGES.size() - 1; stage >= 0; stage--) {
                session.getAgenda().getAgendaGroup(STAGES.get(stage)).setFocus();
            }
            progress.stage("firing rules");
            fireWithinLimits(session, BASE_FIRINGS + FIRINGS_PER_FACT * facts, fired);
            progress.stage("building the assessment");
            return new AssessmentBuilder(visit, date, excuses, rules, defaultLanguage)
                    .build(results(session), fired.names());
        } catch (AssessmentException e) {
            throw e;
        } catch (RuntimeException e) {
            // A rule's condition runs as facts are inserted, its action as rules fire, a rebuttal text
            // as the assessment is built: a failure in any of them fails this visit only.
            throw AssessmentException.rulesFailed("/: the rules failed on this visit: " + whatFailed(e), e);
        } finally {
            session.removeEventListener(fired);
            session.removeEventListener(progress);
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

    /** Fires the rules, stopping a runaway rule by count of firings and by time. */
    private void fireWithinLimits(KieSession session, int maxFirings, FiredRules fired) {
        AtomicBoolean overtime = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            overtime.set(true);
            session.halt();
        }, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        int firings;
        try {
            firings = session.fireAllRules(maxFirings);
        } finally {
            alarm.cancel(false);
        }
        if (overtime.get()) {
            // A visit near the size limits on a cold or overloaded machine can run out of time without
            // any loop: say both, with the figures that tell them apart.
            throw AssessmentException.rulesFailed("/: stopped after " + timeLimit.toMillis() + " ms and " + firings
                    + " rule firings (rule \"" + fired.busiest() + "\" fired most): the rules loop on this visit,"
                    + " or it is too large to judge within the time limit");
        }
        if (firings >= maxFirings) {
            throw AssessmentException.rulesFailed("/: rule \"" + fired.busiest() + "\" kept firing: stopped after "
                    + maxFirings + " firings; the rules loop on this visit");
        }
    }

    /**
     * What a failed rule did, for the person who wrote it and, through the service, for a client:
     * the rule by name and what was thrown, without Drools' wrapping and internals.
     */
    private static String whatFailed(RuntimeException e) {
        String rule = e instanceof ConsequenceException consequence && consequence.getMatch() != null
                ? consequence.getMatch().getRule().getName() : ruleNamedIn(e);
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String thrown = innermost.getMessage() != null ? innermost.getMessage() : innermost.getClass().getSimpleName();
        return (rule != null ? "rule \"" + rule + "\"" : "a rule") + " threw: " + thrown;
    }

    /** Drools names the rule of a failed condition in its message: {@code [Rule "…" in file.drl]}. */
    private static String ruleNamedIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Matcher rule = RULE_IN_MESSAGE.matcher(String.valueOf(cause.getMessage()));
            if (rule.find()) {
                return rule.group(1);
            }
        }
        return null;
    }

    /**
     * The business calendar of the customer's locale, chosen as the rebuttals' language is: the
     * language of the first excuse text that tells, else the visit's language (the CRM's, or the
     * caller's default). A rebuttal in Traditional Chinese then names Taiwan's business days and
     * payment habits, whatever language the caller asked for.
     */
    static BusinessCalendar calendarOf(RuleBase rules, List<ExcuseResolver.Resolved> excuses, String visitLanguage) {
        String language = excuses.stream().map(resolved -> resolved.excuse().text()).filter(text -> text != null)
                .map(Languages::detect).flatMap(Optional::stream).findFirst().orElse(visitLanguage);
        return rules.calendars().forLanguage(language);
    }

    /** Inserts a visit's facts; returns how many. The {@link Explainer} inserts the very same. */
    static int insertFacts(KieSession session, Visit visit, LocalDate date, List<ExcuseResolver.Resolved> excuses,
                           BusinessCalendar calendar) {
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
        session.insert(calendar);
        int disputed = 0;
        for (ExcuseResolver.Resolved resolved : excuses) {
            if (resolved.disputedAmount() != null) {
                session.insert(new DisputedPart(resolved.excuse().index(), resolved.disputedAmount()));
                disputed++;
            }
        }
        return 3 + history.size() + excuses.size() + disputed;
    }
}
