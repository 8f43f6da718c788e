package org.excuseengine.engine;

import java.util.List;
import java.util.Map;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.Verdict;

/**
 * Why a visit was assessed as it was: the facts the rules derived from its history, every rule
 * that fired (in the order the assessment lists them) with the figures it matched and the reasons
 * it gave, and for each excuse why the verdicts it did not get did not apply. Places are
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

    /** One excuse: the verdict it got and, for each other verdict, why not. */
    public record ExcuseWhy(int index, Category category, Verdict verdict, List<OtherVerdict> otherVerdicts) {}

    /**
     * Why an excuse did not get {@code verdict}: findings of that verdict that a less credible one
     * outweighed, or else the credibility rules that could have found it and did not fire.
     */
    public record OtherVerdict(Verdict verdict, List<String> outweighed, List<RuleNotFired> notFired) {}

    /** A rule that could have given a verdict but did not fire for this excuse, and what it needs. */
    public record RuleNotFired(String rule, String where, String conditions) {}
}
