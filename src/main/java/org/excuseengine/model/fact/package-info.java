/**
 * The facts the rules work on. The engine inserts the visit's input facts ({@link Excuse},
 * {@link VisitContext} and the history records from {@code org.excuseengine.model}); rules in
 * {@code rules/derive} insert the derived facts ({@link PromiseOutcome}, {@link PromiseRecord},
 * {@link ExcuseRepeat}, {@link MatchingTicket}, {@link PaymentRecord}, {@link HistoryTerms}); the
 * credibility and risk rules note {@link Signal}s and {@link RiskSignal}s, which the scorecards turn
 * into {@link CredibilityPoints} and {@link RiskPoints}, summed into {@link CredibilityScore} and
 * {@link RiskScore}; the other rules insert the result facts ({@link ExcuseVerdict},
 * {@link PaymentRisk}, {@link RebuttalChoice},
 * {@link EscalationStep}, {@link TargetGap}, {@link GapMeasure}, and the amount model's
 * {@link MoneyFigure}, {@link ProposedDate}, {@link PlanInstalment}, {@link SituationRebuttal}),
 * which the engine reads back into an {@code Assessment}. Rules never change a fact in place.
 */
package org.excuseengine.model.fact;
