package org.excuseengine.engine;

import java.util.List;
import java.util.Map;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.ScorePoints;
import org.excuseengine.model.Verdict;

/**
 * Why a visit was assessed as it was: the facts the rules derived from its history, every rule
 * that fired (in the order the assessment lists them) with the figures it matched and the reasons
 * it gave, and for each excuse its scorecard and the rows that did not apply. Places are
 * {@code path:line} under the rules folder as it was named (a sheet's line is its row).
 */
public record Explanation(Assessment assessment, List<String> derivedFacts, List<Firing> firings, List<ExcuseWhy> excuses) {
    public Explanation {
        derivedFacts = List.copyOf(derivedFacts);
        firings = List.copyOf(firings);
        excuses = List.copyOf(excuses);
    }

    /** One firing of a rule: its place in the order, where it is written, the figures it matched, the reasons it gave. */
    public record Firing(int order, String rule, String where, Map<String, Object> figures, List<String> reasons) {}

    /**
     * One excuse: its scorecard (every line with its points), the score they add up to, the verdict
     * that score falls in, and the scorecard rows for its category that did not apply: what would
     * have moved the score, had the customer shown it or the record said it.
     */
    public record ExcuseWhy(int index, Category category, int score, Verdict verdict, List<ScorePoints> points,
                            List<RuleNotFired> notApplied) {
        public ExcuseWhy {
            points = List.copyOf(points);
            notApplied = List.copyOf(notApplied);
        }
    }

    /** A scorecard row that did not apply to this excuse, and what it needs. */
    public record RuleNotFired(String rule, String where, String conditions) {}
}
