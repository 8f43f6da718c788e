package org.excuseengine.cli;

import org.excuseengine.model.Assessment;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Reason;

/** A short readable summary of an assessment, for a person at a terminal. */
final class TextReport {
    private TextReport() {}

    static String of(Assessment assessment) {
        StringBuilder text = new StringBuilder();
        text.append("Visit ").append(assessment.visitId()).append(": ").append(assessment.verdict());
        if (assessment.score() != null) {
            text.append(" (score ").append(assessment.score()).append(')');
        }
        text.append('\n');
        if (assessment.risk() != null) {
            text.append("\n  Payment risk: ").append(assessment.risk().level()).append(" (score ").append(assessment.risk().score())
                    .append(")\n");
            for (Reason reason : assessment.risk().reasons()) {
                text.append("    why:    ").append(reason.rule()).append(" [").append(reason.detail()).append("]\n");
            }
        }
        for (ExcuseAssessment excuse : assessment.excuses()) {
            text.append("\n  ").append(excuse.category()).append(" \u2014 ").append(excuse.verdict())
                    .append(" (score ").append(excuse.score()).append(")\n");
            if (excuse.text() != null) {
                text.append("    said:   ").append(excuse.text()).append('\n');
            }
            for (Reason reason : excuse.reasons()) {
                text.append("    why:    ").append(reason.rule()).append(" [").append(reason.detail()).append("]\n");
            }
            if (excuse.rebuttal() != null) {
                text.append("    answer: ").append(excuse.rebuttal().text()).append('\n');
            }
        }
        var escalation = assessment.escalation();
        text.append("\n  Escalation: ").append(escalation.level()).append(", follow up in ")
                .append(escalation.followUpInDays()).append(" day(s)\n");
        escalation.actions().forEach(action -> text.append("    - ").append(action).append('\n'));
        if (assessment.gap() != null) {
            text.append("  Gap: ").append(assessment.gap().gap()).append(" of target ").append(assessment.gap().target())
                    .append("; levers ").append(assessment.gap().measures()).append('\n');
        }
        if (assessment.negotiation() != null) {
            var negotiation = assessment.negotiation();
            text.append("  Negotiation: expect ").append(negotiation.expected())
                    .append(", open at ").append(negotiation.openingAsk());
            if (negotiation.owed() != null) {
                text.append(" (owed ").append(negotiation.owed()).append(", set aside ").append(negotiation.setAside()).append(')');
            }
            if (negotiation.firstTranche() != null) {
                text.append("; first ").append(negotiation.firstTranche()).append(" by ").append(negotiation.firstDue());
            }
            text.append('\n');
            if (negotiation.plan() != null) {
                negotiation.plan().forEach(instalment -> text.append("    - ").append(instalment.due()).append("  ")
                        .append(instalment.amount()).append('\n'));
            }
        }
        text.append("  Rules version ").append(assessment.rulesVersion()).append('\n');
        return text.toString();
    }
}
