package org.excuseengine.replay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CategorySource;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.Customer;
import org.excuseengine.model.Escalation;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Reason;
import org.excuseengine.model.Risk;
import org.excuseengine.model.RiskLevel;
import org.excuseengine.model.Verdict;
import org.excuseengine.model.Visit;

/** Hand-made assessments and visits, for testing what replay does with them without loading rules. */
final class Assessments {
    private Assessments() {}

    static Assessment of(Verdict verdict, EscalationLevel level, String... rules) {
        List<ExcuseAssessment> excuses = verdict == Verdict.NONE ? List.of()
                : List.of(new ExcuseAssessment("cash is tight", Category.TIGHT_CASH, CategorySource.TEXT, 0.9, verdict, 40,
                        List.of(), List.of(new Reason(rules.length == 0 ? "a rule" : rules[0], "why")), null, List.of()));
        return new Assessment("V", verdict, verdict == Verdict.NONE ? null : 40, null, excuses,
                new Escalation(level, 7, List.of("call"), List.of(new Reason("an escalation rule", "because"))),
                null, null, List.of(rules), "v1");
    }

    /** An assessment of one excuse with its credibility score, and the customer's payment-risk score. */
    static Assessment scored(Verdict verdict, int score, int riskScore) {
        ExcuseAssessment excuse = new ExcuseAssessment("cash is tight", Category.TIGHT_CASH, CategorySource.TEXT, 0.9, verdict, score,
                List.of(), List.of(new Reason("a rule", "why")), null, List.of());
        RiskLevel level = riskScore >= 60 ? RiskLevel.HIGH : riskScore >= 35 ? RiskLevel.MEDIUM : RiskLevel.LOW;
        return new Assessment("V", verdict, score, new Risk(level, riskScore, List.of(new Reason("a risk rule", "why"))),
                List.of(excuse), new Escalation(EscalationLevel.ROUTINE, 7, List.of("call"), List.of(new Reason("an escalation rule", "because"))),
                null, null, List.of(), "v1");
    }

    static ReplayedVisit visit(long line, Assessment champion, Assessment challenger, Settlement settlement, Labels labels) {
        Visit visit = new Visit("V-" + line, LocalDate.of(2025, 1, 1),
                new Customer("C", null, CreditRating.B, BigDecimal.ZERO, 0), null, null,
                settlement == null ? null : new Commitment(settlement.committed(), LocalDate.of(2025, 1, 31)),
                List.of(), null, null);
        return new ReplayedVisit(line, "V-" + line, visit, Judgement.of(champion),
                challenger == null ? null : Judgement.of(challenger), settlement, labels, List.of());
    }

    static Settlement paid(long committed, long paid) {
        return new Settlement(BigDecimal.valueOf(committed), BigDecimal.valueOf(paid));
    }

    /** A settlement whose late payments are known: {@code paidLate} came in the late days after the due date. */
    static Settlement paid(long committed, long paid, long paidLate) {
        return new Settlement(BigDecimal.valueOf(committed), BigDecimal.valueOf(paid), BigDecimal.valueOf(paidLate));
    }
}
