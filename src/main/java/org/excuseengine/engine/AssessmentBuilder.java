package org.excuseengine.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.excuseengine.model.Amounts;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Escalation;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Gap;
import org.excuseengine.model.Instalment;
import org.excuseengine.model.Measure;
import org.excuseengine.model.Negotiation;
import org.excuseengine.model.Reason;
import org.excuseengine.model.Rebuttal;
import org.excuseengine.model.Risk;
import org.excuseengine.model.ScorePoints;
import org.excuseengine.model.Verdict;
import org.excuseengine.model.Visit;
import org.excuseengine.model.fact.EscalationStep;
import org.excuseengine.model.fact.ExcuseVerdict;
import org.excuseengine.model.fact.CredibilityPoints;
import org.excuseengine.model.fact.GapMeasure;
import org.excuseengine.model.fact.DateKind;
import org.excuseengine.model.fact.InstrumentOption;
import org.excuseengine.model.fact.MoneyFigure;
import org.excuseengine.model.fact.MoneyKind;
import org.excuseengine.model.fact.PaymentRisk;
import org.excuseengine.model.fact.PlanInstalment;
import org.excuseengine.model.fact.ProposedDate;
import org.excuseengine.model.fact.RebuttalChoice;
import org.excuseengine.model.fact.RiskPoints;
import org.excuseengine.model.fact.SituationRebuttal;
import org.excuseengine.model.fact.TimesHeard;
import org.excuseengine.model.fact.TargetGap;
import org.excuseengine.text.Languages;

/**
 * Reads the result facts the rules inserted back into an {@link Assessment}. It decides nothing
 * the rules did not: it orders the results so the same input always gives the same output, and it
 * applies the contract's own definitions (the visit's verdict is its least credible excuse's).
 */
final class AssessmentBuilder {
    /** Scorecard lines in the order a reader weighs them: the largest first, each sign's ties by rule name. */
    private static final Comparator<ScorePoints> WEIGHTIEST_FIRST = Comparator
            .comparingInt((ScorePoints line) -> -Math.abs(line.points()))
            .thenComparing(ScorePoints::points, Comparator.reverseOrder())
            .thenComparing(ScorePoints::rule)
            .thenComparing(ScorePoints::detail);
    private static final Comparator<EscalationStep> HARDEST_FIRST = Comparator
            .comparing(EscalationStep::level).reversed()
            .thenComparingInt(EscalationStep::followUpInDays)
            .thenComparing(EscalationStep::rule)
            // Steps of one rule for several excuse categories: ordered by their detail, not by the
            // order the session happens to hold them in, so the same visit always reads the same.
            .thenComparing(EscalationStep::detail);
    private static final int ROUTINE_FOLLOW_UP_DAYS = 14;
    /** The facts an assessment is read from; {@link #collect} takes each of these. */
    static final List<Class<?>> RESULT_TYPES = List.of(CredibilityPoints.class, ExcuseVerdict.class,
            RebuttalChoice.class, SituationRebuttal.class, PaymentRisk.class, RiskPoints.class, EscalationStep.class,
            GapMeasure.class, TargetGap.class, MoneyFigure.class, ProposedDate.class, PlanInstalment.class, TimesHeard.class,
            InstrumentOption.class);

    private final Visit visit;
    private final LocalDate date;
    private final List<ExcuseResolver.Resolved> excuses;
    private final RuleBase rules;
    private final String defaultLanguage;

    private final Map<Integer, List<ScorePoints>> points = new HashMap<>();
    private final List<ScorePoints> riskPoints = new ArrayList<>();
    private PaymentRisk paymentRisk;
    private final Map<Integer, ExcuseVerdict> verdicts = new HashMap<>();
    private final Map<Integer, String> rebuttalIds = new HashMap<>();
    private final List<EscalationStep> steps = new ArrayList<>();
    private final Set<Measure> measures = EnumSet.noneOf(Measure.class);
    private final List<Reason> gapReasons = new ArrayList<>();
    private final Map<Integer, String> situationIds = new HashMap<>();
    private final Map<Integer, Integer> timesHeard = new HashMap<>();
    private final Map<MoneyKind, MoneyFigure> money = new EnumMap<>(MoneyKind.class);
    private final Map<DateKind, ProposedDate> dates = new EnumMap<>(DateKind.class);
    private final List<PlanInstalment> plan = new ArrayList<>();
    private TargetGap targetGap;
    private InstrumentOption instrument;

    AssessmentBuilder(Visit visit, LocalDate date, List<ExcuseResolver.Resolved> excuses, RuleBase rules,
                      String defaultLanguage) {
        this.visit = visit;
        this.date = date;
        this.excuses = excuses;
        this.rules = rules;
        this.defaultLanguage = defaultLanguage;
    }

    Assessment build(Collection<?> facts, List<String> rulesFired) {
        facts.forEach(this::collect);
        plan.sort(Comparator.comparingInt(PlanInstalment::number));
        Escalation escalation = escalation();
        Negotiation negotiation = negotiation();
        List<ExcuseAssessment> judged = excuses.stream().map(resolved -> judge(resolved, escalation)).toList();
        Verdict verdict = judged.stream().map(ExcuseAssessment::verdict).reduce(Verdict::leastCredible).orElse(Verdict.NONE);
        Integer score = judged.stream().map(ExcuseAssessment::score).min(Integer::compare).orElse(null);
        return new Assessment(visit.visitId(), verdict, score, risk(), judged, escalation, gap(), negotiation, rulesFired,
                rules.version());
    }

    private void collect(Object fact) {
        if (fact instanceof CredibilityPoints line) {
            points.computeIfAbsent(line.excuseIndex(), i -> new ArrayList<>())
                    .add(new ScorePoints(line.rule(), line.points(), line.detail()));
        } else if (fact instanceof RiskPoints line) {
            riskPoints.add(new ScorePoints(line.rule(), line.points(), line.detail()));
        } else if (fact instanceof PaymentRisk risk) {
            paymentRisk = risk;
        } else if (fact instanceof ExcuseVerdict verdict) {
            verdicts.put(verdict.excuseIndex(), verdict);
        } else if (fact instanceof RebuttalChoice choice) {
            rebuttalIds.merge(choice.excuseIndex(), choice.rebuttalId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        } else if (fact instanceof EscalationStep step) {
            steps.add(step);
        } else if (fact instanceof GapMeasure measure) {
            measures.add(measure.measure());
            gapReasons.add(new Reason(measure.rule(), measure.detail()));
        } else if (fact instanceof TargetGap gap) {
            targetGap = gap;
        } else if (fact instanceof SituationRebuttal situation) {
            situationIds.merge(situation.excuseIndex(), situation.rebuttalId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        } else if (fact instanceof TimesHeard heard) {
            timesHeard.put(heard.excuseIndex(), heard.times());
        } else if (fact instanceof MoneyFigure figure) {
            money.put(figure.kind(), figure);
        } else if (fact instanceof ProposedDate proposed) {
            dates.put(proposed.kind(), proposed);
        } else if (fact instanceof PlanInstalment instalment) {
            plan.add(instalment);
        } else if (fact instanceof InstrumentOption option) {
            instrument = option;
        }
    }

    private ExcuseAssessment judge(ExcuseResolver.Resolved resolved, Escalation escalation) {
        int index = resolved.excuse().index();
        List<ScorePoints> own = points.getOrDefault(index, List.of()).stream().sorted(WEIGHTIEST_FIRST).toList();
        ExcuseVerdict verdict = verdicts.get(index);
        if (verdict == null) {
            throw AssessmentException.rulesFailed("the rules gave no verdict for excuse " + index + " (" + resolved.excuse().category()
                    + "): is rules/verdict.drl missing?");
        }
        List<Reason> reasons = new ArrayList<>(own.stream().map(AssessmentBuilder::asReason).toList());
        reasons.add(new Reason(verdict.rule(), "score " + verdict.score()));
        return new ExcuseAssessment(resolved.excuse().text(), resolved.excuse().category(), resolved.excuse().source(),
                resolved.excuse().confidence(), verdict.verdict(), verdict.score(), own, reasons,
                rebuttal(resolved, escalation), resolved.matchedPhrases());
    }

    /** A scorecard line as a reason: its points first, then the figures behind them. */
    private static Reason asReason(ScorePoints line) {
        return new Reason(line.rule(), (line.points() > 0 ? "+" : "") + line.points() + ": " + line.detail());
    }

    private Risk risk() {
        if (paymentRisk == null) {
            return null;
        }
        List<Reason> reasons = new ArrayList<>(riskPoints.stream().sorted(WEIGHTIEST_FIRST).map(AssessmentBuilder::asReason).toList());
        reasons.add(new Reason(paymentRisk.rule(), "score " + paymentRisk.score()));
        return new Risk(paymentRisk.level(), paymentRisk.score(), reasons);
    }

    /** The rebuttal that answers the excuse's situation when a rule found one, else the one its verdict chose. */
    private Rebuttal rebuttal(ExcuseResolver.Resolved resolved, Escalation escalation) {
        int index = resolved.excuse().index();
        String id = situationIds.getOrDefault(index, rebuttalIds.get(index));
        if (id == null) {
            return null;
        }
        String wanted = Languages.detect(resolved.excuse().text()).orElse(defaultLanguage);
        String language = rules.rebuttals().languageOf(id, wanted);
        Map<String, Object> figures = figures(resolved, escalation, language).asArguments();
        return new Rebuttal(id, language, rules.rebuttals().text(id, language, figures));
    }

    private Escalation escalation() {
        List<EscalationStep> ordered = steps.stream().sorted(HARDEST_FIRST).toList();
        EscalationLevel level = ordered.stream().map(EscalationStep::level).reduce(EscalationLevel::max)
                .orElse(EscalationLevel.ROUTINE);
        int days = ordered.stream().mapToInt(EscalationStep::followUpInDays).min().orElse(ROUTINE_FOLLOW_UP_DAYS);
        List<String> actions = ordered.stream().map(EscalationStep::action).distinct().toList();
        List<Reason> reasons = ordered.stream().map(step -> new Reason(step.rule(), step.detail())).toList();
        return new Escalation(level, days, actions, reasons);
    }

    private Gap gap() {
        if (targetGap == null) {
            return null;
        }
        gapReasons.sort(Comparator.comparing(Reason::rule).thenComparing(Reason::detail));
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(targetGap.rule(), money(targetGap.target()) + " - " + money(targetGap.committed())));
        reasons.addAll(gapReasons);
        return new Gap(targetGap.target(), targetGap.committed(), targetGap.gap(), List.copyOf(measures), reasons);
    }

    /**
     * The visit's amounts, read from the one amount model the rules built (rules/amounts); null when
     * the rules folder has no amount model.
     */
    private Negotiation negotiation() {
        MoneyFigure expected = money.get(MoneyKind.EXPECTED);
        MoneyFigure ask = money.get(MoneyKind.OPENING_ASK);
        if (expected == null || ask == null) {
            return null;
        }
        List<Reason> reasons = new ArrayList<>();
        money.values().forEach(figure -> reasons.add(new Reason(figure.rule(), figure.kind() + " " + money(figure.amount())
                + ": " + figure.detail())));
        dates.values().forEach(proposed -> reasons.add(new Reason(proposed.rule(), proposed.kind() + " " + proposed.date()
                + ": " + proposed.detail())));
        plan.forEach(instalment -> reasons.add(new Reason(instalment.rule(), "instalment " + instalment.number() + ": "
                + money(instalment.amount()) + " due " + instalment.due() + ", " + instalment.detail())));
        if (instrument != null) {
            reasons.add(new Reason(instrument.rule(), instrument.detail()));
        }
        List<Instalment> instalments = plan.isEmpty() ? null
                : plan.stream().map(each -> new Instalment(each.due(), each.amount())).toList();
        ProposedDate firstDue = dates.get(DateKind.FIRST_DUE);
        return new Negotiation(expected.amount(), ask.amount(), new Reason(ask.rule(), ask.detail()),
                amount(MoneyKind.FIRST_TRANCHE), firstDue == null ? null : firstDue.date(), instalments,
                amount(MoneyKind.OWED), amount(MoneyKind.DISPUTED), amount(MoneyKind.SET_ASIDE),
                amount(MoneyKind.UNDISPUTED), reasons);
    }

    private BigDecimal amount(MoneyKind kind) {
        MoneyFigure figure = money.get(kind);
        return figure == null ? null : figure.amount();
    }

    private LocalDate proposed(DateKind kind) {
        ProposedDate proposed = dates.get(kind);
        return proposed == null ? null : proposed.date();
    }

    /** The figures a rebuttal text may quote, from the amount model, written for {@code language}. */
    private RebuttalFigures figures(ExcuseResolver.Resolved resolved, Escalation escalation, String language) {
        LocalFormats local = new LocalFormats(language, date);
        BigDecimal overdue = visit.customer().overdueAmount();
        BigDecimal firstTranche = amount(MoneyKind.FIRST_TRANCHE);
        BigDecimal expected = amount(MoneyKind.EXPECTED);
        BigDecimal rest = plan.isEmpty() || expected == null || firstTranche == null ? BigDecimal.ZERO
                : expected.subtract(firstTranche);
        LocalDate followUp = proposed(DateKind.FOLLOW_UP);
        LocalDate firstDue = proposed(DateKind.FIRST_DUE);
        return new RebuttalFigures(
                local.amount(overdue),
                local.amount(orElse(amount(MoneyKind.OWED), visit.customer().owed())),
                local.amount(orElse(amount(MoneyKind.CLAIMABLE), visit.customer().owed())),
                local.amount(orElse(resolved.disputedAmount(), BigDecimal.ZERO)),
                visit.customer().overdueDays(),
                timesHeard.getOrDefault(resolved.excuse().index(), 0),
                local.date(firstDue != null ? firstDue : date.plusDays(escalation.followUpInDays())),
                local.date(followUp != null ? followUp : date.plusDays(escalation.followUpInDays())),
                local.amount(orElse(plan.isEmpty() ? amount(MoneyKind.OPENING_ASK) : firstTranche, BigDecimal.ZERO)),
                local.amount(orElse(firstTranche, BigDecimal.ZERO)),
                local.amount(orElse(expected, BigDecimal.ZERO)),
                local.amount(orElse(amount(MoneyKind.OPENING_ASK), BigDecimal.ZERO)),
                local.amount(visit.commitment() == null ? BigDecimal.ZERO : visit.commitment().amount()),
                plan.size(),
                local.amount(rest),
                plan.isEmpty() ? "" : local.date(plan.get(plan.size() - 1).due()),
                escalation.level().name(),
                instrument == null ? "none" : instrument.instrument());
    }

    private static BigDecimal orElse(BigDecimal amount, BigDecimal otherwise) {
        return amount != null ? amount : otherwise;
    }

    private static String money(BigDecimal amount) {
        return Amounts.format(amount);
    }
}
