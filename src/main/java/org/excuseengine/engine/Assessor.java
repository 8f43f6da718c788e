package org.excuseengine.engine;

import java.time.LocalDate;
import java.util.List;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.History;
import org.excuseengine.model.Visit;
import org.excuseengine.model.fact.VisitContext;
import org.kie.api.runtime.KieSession;

/** Runs one visit through one rule base: facts in, rules fired, assessment out. */
final class Assessor {
    /** Firings allowed per fact in working memory before a session counts as runaway. */
    private static final int FIRINGS_PER_FACT = 40;
    private static final int BASE_FIRINGS = 2_000;

    private final RuleBase rules;
    private final String defaultLanguage;

    Assessor(RuleBase rules, String defaultLanguage) {
        this.rules = rules;
        this.defaultLanguage = defaultLanguage;
    }

    Assessment assess(Visit visit, LocalDate today) {
        VisitChecks.check(visit);
        LocalDate date = visit.date() != null ? visit.date() : today;
        List<ExcuseResolver.Resolved> excuses = ExcuseResolver.resolve(visit.excuses(), rules.classifier());
        KieSession session = rules.newSession();
        FiredRules fired = new FiredRules();
        session.addEventListener(fired);
        try {
            int facts = insertFacts(session, visit, date, excuses);
            int limit = BASE_FIRINGS + FIRINGS_PER_FACT * facts;
            if (session.fireAllRules(limit) >= limit) {
                throw new AssessmentException("rule \"" + fired.busiest() + "\" kept firing: stopped after "
                        + limit + " firings; the rules loop on this visit");
            }
            return new AssessmentBuilder(visit, date, excuses, rules, defaultLanguage)
                    .build(session.getObjects(), fired.names());
        } finally {
            session.removeEventListener(fired);
            session.dispose();
        }
    }

    private static int insertFacts(KieSession session, Visit visit, LocalDate date, List<ExcuseResolver.Resolved> excuses) {
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
