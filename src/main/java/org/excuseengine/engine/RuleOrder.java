package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The order in which an assessment lists the rules that fired: stage by stage, in the order the
 * stages run, and within a stage in the order the rules are written in the folder (files in path
 * order, rules top to bottom, a sheet's rows top to bottom).
 *
 * <p>Within a stage, Drools fires rules of equal priority in its own load order. That order
 * follows the hash order of the paths in its in-memory file system, with every decision table after
 * every DRL file: the same for the same file names, but meaningless to an author, and a renamed or
 * added file can reshuffle it (naming {@code credibility/record.drl} {@code records.drl} reordered
 * the judge stage of one visit in eight). Stage rules have no priorities (their conditions exclude
 * one another instead), so the order they happen to fire in within a stage carries no meaning;
 * listing them as written makes the same rules give the same assessment however they were loaded.
 */
final class RuleOrder {
    /** Rules the folder did not write, if any: after all others, in the order they fired. */
    private static final int UNKNOWN = Integer.MAX_VALUE;

    private final Map<String, Integer> rankByName;

    private RuleOrder(Map<String, Integer> rankByName) {
        this.rankByName = rankByName;
    }

    /** The order of the rules of {@code kieBase}, compiled from {@code folder}. */
    static RuleOrder of(KieBase kieBase, RuleFolder folder) {
        Map<String, Integer> fileOrder = new HashMap<>();
        List<RuleFolder.SourceFile> files = folder.ruleFiles();
        for (int i = 0; i < files.size(); i++) {
            fileOrder.put(RuleCompiler.resourcePath(files.get(i)), i);
        }
        List<RuleImpl> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules.add((RuleImpl) rule);
            }
        }
        // A file's rules reach the compiler together, in the order they are written: within one
        // file, Drools' load order is that order.
        rules.sort(Comparator.comparingInt((RuleImpl rule) -> stageOf(rule))
                .thenComparingInt(rule -> fileOrder.getOrDefault(sourcePath(rule), UNKNOWN))
                .thenComparingInt(RuleImpl::getLoadOrder));
        Map<String, Integer> rankByName = new HashMap<>();
        for (RuleImpl rule : rules) {
            rankByName.putIfAbsent(rule.getName(), rankByName.size());
        }
        return new RuleOrder(rankByName);
    }

    /** {@code names} in this order; a stable sort, so names it does not know keep their places among themselves. */
    List<String> sorted(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(this::rankOf));
        return List.copyOf(sorted);
    }

    int rankOf(String ruleName) {
        return rankByName.getOrDefault(ruleName, UNKNOWN);
    }

    private static int stageOf(RuleImpl rule) {
        int stage = Assessor.STAGES.indexOf(rule.getAgendaGroup());
        return stage >= 0 ? stage : Assessor.STAGES.size();
    }

    private static String sourcePath(RuleImpl rule) {
        return rule.getResource() == null ? "" : rule.getResource().getSourcePath();
    }
}
