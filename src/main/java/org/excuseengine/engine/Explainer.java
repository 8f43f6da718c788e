package org.excuseengine.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Verdict;
import org.excuseengine.model.Visit;
import org.excuseengine.model.fact.EscalationStep;
import org.excuseengine.model.fact.Excuse;
import org.excuseengine.model.fact.ExcuseRepeat;
import org.excuseengine.model.fact.ExcuseVerdict;
import org.excuseengine.model.fact.CredibilityPoints;
import org.excuseengine.model.fact.PaymentRisk;
import org.excuseengine.model.fact.RiskPoints;
import org.excuseengine.model.fact.HistoryTerms;
import org.excuseengine.model.fact.GapMeasure;
import org.excuseengine.model.fact.MatchingTicket;
import org.excuseengine.model.fact.Reasoned;
import org.excuseengine.model.fact.TimesHeard;
import org.excuseengine.model.fact.BrokenPlan;
import org.excuseengine.model.fact.PaymentRecord;
import org.excuseengine.model.fact.PromiseOutcome;
import org.excuseengine.model.fact.PromiseRecord;
import org.excuseengine.model.fact.RiskSignal;
import org.excuseengine.model.fact.Signal;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.Match;

/**
 * Explains assessments: runs a visit through the engine's current rules in a session of its own,
 * watching every firing, and reads back what an assessment leaves out. Slower than
 * {@link ExcuseEngine#assess}, and meant for one visit at a time, for a person.
 */
public final class Explainer {
    /** The derived facts a rule author wants to see, in the order the pipeline derives them. */
    private static final List<Class<?>> DERIVED = List.of(HistoryTerms.class, PromiseOutcome.class, PromiseRecord.class,
            PaymentRecord.class, ExcuseRepeat.class, MatchingTicket.class, TimesHeard.class, BrokenPlan.class, Signal.class,
            RiskSignal.class);
    private static final int MAX_FIRINGS = 10_000;
    private final ExcuseEngine engine;

    public Explainer(ExcuseEngine engine) {
        this.engine = engine;
    }

    /** Assesses {@code visit} and explains the assessment, both with the same version of the rules. */
    public Explanation explain(Visit visit) {
        return engine.withRules((rules, today) -> explain(visit, rules, today));
    }

    private Explanation explain(Visit visit, RuleBase rules, LocalDate today) {
        Assessment assessment = engine.assess(visit, rules, today);
        AuthoredRules authored = AuthoredRules.read(rules.folder());
        List<ExcuseResolver.Resolved> excuses = ExcuseResolver.resolve(visit.excuses(), rules.classifier());
        Recorder recorder = new Recorder();
        KieSession session = rules.newSession();
        session.addEventListener(recorder);
        try {
            Assessor.insertFacts(session, visit, visit.date() != null ? visit.date() : today, excuses,
                    Assessor.calendarOf(rules, excuses, engine.languageFor(visit)));
            for (int stage = Assessor.STAGES.size() - 1; stage >= 0; stage--) {
                AgendaGroup group = session.getAgenda().getAgendaGroup(Assessor.STAGES.get(stage));
                if (group != null) {
                    group.setFocus();
                }
            }
            session.fireAllRules(MAX_FIRINGS);
            List<Object> facts = new ArrayList<>(session.getObjects());
            Map<String, List<String>> reasons = reasonsByRule(facts);
            List<Explanation.Firing> firings = new ArrayList<>();
            // In the order the assessment lists its rules; a rule's own firings in the order they came.
            List<Recorder.Fired> inRuleOrder = new ArrayList<>(recorder.fired);
            inRuleOrder.sort(Comparator.comparingInt(fired -> rules.order().rankOf(fired.rule())));
            for (Recorder.Fired fired : inRuleOrder) {
                firings.add(new Explanation.Firing(firings.size() + 1, fired.rule(), where(authored, fired.rule()),
                        fired.figures(), reasons.getOrDefault(fired.rule(), List.of())));
            }
            return new Explanation(assessment, derivedFacts(facts), firings, scorecards(assessment, recorder, authored));
        } finally {
            session.removeEventListener(recorder);
            session.dispose();
        }
    }

    private static List<String> derivedFacts(List<Object> facts) {
        List<String> derived = new ArrayList<>();
        for (Class<?> type : DERIVED) {
            facts.stream().filter(type::isInstance).map(Object::toString).sorted().forEach(derived::add);
        }
        return derived;
    }

    /** What each rule said about its judgement, from the result facts still standing at the end. */
    private static Map<String, List<String>> reasonsByRule(List<Object> facts) {
        Map<String, List<String>> reasons = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof CredibilityPoints line) {
                add(reasons, line.rule(), "excuse " + (line.excuseIndex() + 1) + ": " + signed(line.points()) + " points: " + line.detail());
            } else if (fact instanceof RiskPoints line) {
                add(reasons, line.rule(), "payment risk " + signed(line.points()) + " points: " + line.detail());
            } else if (fact instanceof PaymentRisk risk) {
                add(reasons, risk.rule(), "payment risk " + risk.level() + ", score " + risk.score());
            } else if (fact instanceof ExcuseVerdict verdict) {
                add(reasons, verdict.rule(), "excuse " + (verdict.excuseIndex() + 1) + ": verdict " + verdict.verdict()
                        + ", score " + verdict.score());
            } else if (fact instanceof EscalationStep step) {
                add(reasons, step.rule(), step.level() + ", follow up within " + step.followUpInDays() + " day(s): "
                        + step.detail());
            } else if (fact instanceof GapMeasure measure) {
                add(reasons, measure.rule(), measure.measure() + ": " + measure.detail());
            } else if (fact instanceof Reasoned reasoned) {
                add(reasons, reasoned.rule(), reasoned.detail());
            }
        }
        reasons.values().forEach(list -> list.sort(null));
        return reasons;
    }

    private static String signed(int points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }

    private static void add(Map<String, List<String>> reasons, String rule, String reason) {
        reasons.computeIfAbsent(rule, r -> new ArrayList<>()).add(reason);
    }

    private List<Explanation.ExcuseWhy> scorecards(Assessment assessment, Recorder recorder, AuthoredRules authored) {
        List<Explanation.ExcuseWhy> excuses = new ArrayList<>();
        for (int index = 0; index < assessment.excuses().size(); index++) {
            ExcuseAssessment excuse = assessment.excuses().get(index);
            Set<String> applied = recorder.firedFor.getOrDefault(index, Set.of());
            List<Explanation.RuleNotFired> notApplied = authored.rules().stream()
                    .filter(rule -> ScorecardRows.givesCredibilityPoints(rule) && ScorecardRows.appliesTo(authored, rule, excuse.category()))
                    .filter(rule -> !applied.contains(rule.name()))
                    .map(rule -> new Explanation.RuleNotFired(rule.name(), where(rule), authored.conditionsText(rule)))
                    .toList();
            excuses.add(new Explanation.ExcuseWhy(index + 1, excuse.category(), excuse.score(), excuse.verdict(),
                    excuse.points(), notApplied));
        }
        return excuses;
    }

    private String where(AuthoredRules authored, String ruleName) {
        return authored.rules().stream().filter(rule -> rule.name().equals(ruleName)).findFirst().map(this::where).orElse("");
    }

    private String where(AuthoredRules.Rule rule) {
        return engine.rulesDir().resolve(rule.file()).normalize().toString().replace('\\', '/') + ":" + rule.location().line();
    }

    /** Watches a session: each firing with its simple figures, and which rules fired for which excuse. */
    private static final class Recorder extends DefaultAgendaEventListener {
        record Fired(String rule, Map<String, Object> figures) {}

        final List<Fired> fired = new ArrayList<>();
        final Map<Integer, Set<String>> firedFor = new TreeMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Match match = event.getMatch();
            String rule = match.getRule().getName();
            Map<String, Object> figures = new LinkedHashMap<>();
            for (String id : match.getDeclarationIds()) {
                Object value = match.getDeclarationValue(id);
                if (isFigure(value)) {
                    figures.put(id, value);
                }
            }
            fired.add(new Fired(rule, figures));
            for (Object object : match.getObjects()) {
                if (object instanceof Excuse excuse) {
                    firedFor.computeIfAbsent(excuse.index(), i -> new HashSet<>()).add(rule);
                } else if (object instanceof Signal signal) {
                    firedFor.computeIfAbsent(signal.excuseIndex(), i -> new HashSet<>()).add(rule);
                }
            }
        }

        /** A value worth showing as it is: a number, a date, a word; not a whole fact. */
        private static boolean isFigure(Object value) {
            return value instanceof Number || value instanceof BigDecimal || value instanceof CharSequence
                    || value instanceof Enum<?> || value instanceof Temporal || value instanceof Boolean;
        }
    }
}
