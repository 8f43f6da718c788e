package org.excuseengine.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a visit that a rebuttal text may name, e.g. {@code {overdue}}, all from the visit's
 * one amount model (rules/amounts). Amounts and dates come already written as the customer reads
 * them in the text's language; counts stay numbers, so that a text may choose its words by them
 * ({@code {heard, plural, one {once} =2 {twice} other {# times}}}), and {@code level} is the
 * escalation level's name, for a text to name the consequence that matches it
 * ({@code {level, select, MANAGER {…} other {…}}}).
 *
 * @param overdue     the overdue amount
 * @param owed        what the customer owes: its balance when given, else the overdue amount
 * @param claimable   what may be asked for: owed less what is set aside under a credible complaint
 * @param disputed    the amount this excuse disputes (0 if none)
 * @param days        how many days the amount is overdue
 * @param heard       how many earlier visits in the last 90 days heard this kind of excuse
 * @param date        when the first tranche is due (a business day, never after the customer's own date)
 * @param followUp    the next follow-up (a business day)
 * @param pay         the one amount every rebuttal of the visit asks to be paid by {@code date}: the first
 *                    instalment when a plan is proposed, else the opening ask
 * @param partial     the first tranche: the first instalment of a plan, else the whole expected settlement
 * @param expected    the expected settlement
 * @param ask         the opening ask (about twice the expected settlement, within what may be asked for)
 * @param committed   the amount the customer committed to, 0 if none
 * @param instalments how many instalments the proposed plan has, 0 without a plan
 * @param rest        what the plan leaves after the first tranche, 0 without a plan
 * @param lastDate    when the plan's last instalment is due, empty without a plan
 * @param level       the escalation level: ROUTINE, TIGHTEN, MANAGER, CREDIT_HOLD or LEGAL
 * @param instrument  a local way to pay a plan's instalments: cheque (post-dated cheques, Taiwan),
 *                    acceptance (bank acceptance bills, mainland China), or none
 */
record RebuttalFigures(String overdue, String owed, String claimable, String disputed, int days, int heard,
                       String date, String followUp, String pay, String partial, String expected, String ask, String committed,
                       int instalments, String rest, String lastDate, String level,
                       String instrument) {
    /** The names a text may use: this record's components, so the lint and the engine never disagree. */
    static final Set<String> NAMES = Arrays.stream(RebuttalFigures.class.getRecordComponents())
            .map(component -> component.getName())
            .collect(Collectors.toUnmodifiableSet());
    /** The figures that are amounts or dates: a text that names one of them names a figure the model supplies. */
    static final Set<String> AMOUNTS_AND_DATES = Set.of("overdue", "owed", "claimable", "disputed", "date", "followUp",
            "pay", "partial", "expected", "ask", "committed", "rest", "lastDate");

    Map<String, Object> asArguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (var component : RebuttalFigures.class.getRecordComponents()) {
            try {
                arguments.put(component.getName(), component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read figure " + component.getName(), e);
            }
        }
        return arguments;
    }
}
