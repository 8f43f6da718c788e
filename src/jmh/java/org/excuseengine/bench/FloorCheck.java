package org.excuseengine.bench;

import java.util.List;
import java.util.Set;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Measure;
import org.excuseengine.model.Visit;

/**
 * Checks, before a run, that the hand-written floor decides what the rules decide on the visits
 * measured; otherwise the ratio between them would compare different work. Prints how many agree.
 */
final class FloorCheck {
    private FloorCheck() {}

    static void report(ExcuseEngine engine, PlainJavaDecisions plainJava, List<Visit> visits) {
        int agree = 0;
        String firstDifference = null;
        for (Visit visit : visits) {
            String difference = difference(engine.assess(visit), plainJava.decide(visit));
            if (difference == null) {
                agree++;
            } else if (firstDifference == null) {
                firstDifference = visit.visitId() + ": " + difference;
            }
        }
        System.err.printf("plain Java floor agrees with the rules on %d of %d visits%s%n", agree, visits.size(),
                firstDifference == null ? "" : "; first difference " + firstDifference);
    }

    private static String difference(Assessment rules, PlainJavaDecisions.Decision plain) {
        if (rules.excuses().size() != plain.excuses().size()) {
            return "excuse count";
        }
        for (int i = 0; i < plain.excuses().size(); i++) {
            ExcuseAssessment judged = rules.excuses().get(i);
            PlainJavaDecisions.Judged hand = plain.excuses().get(i);
            if (judged.verdict() != hand.verdict() || judged.score() != hand.score()) {
                return "excuse " + i + " " + judged.category() + " " + judged.verdict() + "/" + judged.score()
                        + " vs " + hand.verdict() + "/" + hand.score();
            }
        }
        if (rules.escalation().level() != plain.level() || rules.escalation().followUpInDays() != plain.followUpInDays()) {
            return "escalation " + rules.escalation().level() + "/" + rules.escalation().followUpInDays()
                    + " vs " + plain.level() + "/" + plain.followUpInDays();
        }
        Set<Measure> measures = rules.gap() == null ? Set.of() : Set.copyOf(rules.gap().measures());
        if (!measures.equals(plain.measures())) {
            return "measures " + measures + " vs " + plain.measures();
        }
        if (rules.negotiation() != null && (plain.expected() == null
                || rules.negotiation().expected().compareTo(plain.expected()) != 0)) {
            return "anchor";
        }
        return null;
    }
}
