package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionDescr;

/**
 * Lint: two rules that can both decide the same thing for one excuse. Each excuse must end with
 * one verdict ({@code ExcuseVerdict}) and one rebuttal ({@code RebuttalChoice}); a rule that
 * inserts one of these is a decider. Two deciders of the same kind conflict unless something
 * written in them keeps them apart:
 * <ol>
 * <li>they share an {@code activation-group}, so only one can fire; or</li>
 * <li>one requires a fact (a pattern, or {@code exists}) that the other forbids with {@code not},
 *     every constraint of the forbidden pattern following from the required one's (the same text,
 *     or {@code field != X} where the other says {@code field == Y}); or</li>
 * <li>both require a fact of a kind there is one of per excuse ({@link #ONE_PER_EXCUSE}) whose same
 *     field must equal different constants, as two rows of a sheet with different categories do.</li>
 * </ol>
 * A rule that requires a fact only one rule inserts also carries that rule's conditions, one step
 * back. Conditions are compared as written, so rules that mean the same excuse should name its
 * index the same way ({@code $index}). Findings of opposite verdicts are not conflicts: verdict.drl
 * orders them (the least credible wins).
 */
final class DecisionConflicts {
    static final List<String> DECISIONS = List.of("ExcuseVerdict", "RebuttalChoice");
    static final Set<String> ONE_PER_EXCUSE = Set.of("Excuse", "ExcuseVerdict", "CredibilityScore");

    private DecisionConflicts() {}

    static List<RuleProblem> check(AuthoredRules rules) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String decision : DECISIONS) {
            List<AuthoredRules.Rule> deciders = rules.rules().stream().filter(rule -> inserts(rules, rule, decision)).toList();
            for (int i = 0; i < deciders.size(); i++) {
                for (int j = 0; j < i; j++) {
                    AuthoredRules.Rule first = deciders.get(j);
                    AuthoredRules.Rule second = deciders.get(i);
                    if (!keptApart(rules, first, second)) {
                        AuthoredRules.Location where = second.location();
                        problems.add(RuleProblem.warning(where.file(), where.line(), where.column(),
                                "rule \"" + second.name() + "\" and rule \"" + first.name() + "\" (" + first.file() + ":"
                                        + first.location().line() + ") can both insert a " + decision
                                        + " for the same excuse: nothing in their conditions excludes one when the other"
                                        + " applies (see rules/README.md, Decisions)"));
                    }
                }
            }
        }
        return problems;
    }

    /** Whether the rule's consequence builds a {@code type}, directly or through a function that returns one. */
    private static boolean inserts(AuthoredRules rules, AuthoredRules.Rule rule, String type) {
        if (CodeScan.calls(rule.consequence(), "new " + type)) {
            return true;
        }
        for (FunctionDescr function : rules.functions()) {
            if (type.equals(function.getReturnType()) && CodeScan.calls(rule.consequence(), function.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean keptApart(AuthoredRules rules, AuthoredRules.Rule a, AuthoredRules.Rule b) {
        String groupA = activationGroup(a);
        if (groupA != null && groupA.equals(activationGroup(b))) {
            return true;
        }
        List<Conditions.Condition> conditionsA = withProducers(rules, a);
        List<Conditions.Condition> conditionsB = withProducers(rules, b);
        return forbidsWhatOtherRequires(conditionsA, conditionsB) || forbidsWhatOtherRequires(conditionsB, conditionsA)
                || requireDifferentOnePerExcuse(conditionsA, conditionsB);
    }

    private static boolean forbidsWhatOtherRequires(List<Conditions.Condition> forbidding, List<Conditions.Condition> requiring) {
        for (Conditions.Condition forbidden : forbidding) {
            if (!forbidden.negated()) {
                continue;
            }
            for (Conditions.Condition required : requiring) {
                if (!required.negated() && required.type().equals(forbidden.type())
                        && forbidden.constraints().stream().allMatch(c -> Conditions.implies(required.constraints(), c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean requireDifferentOnePerExcuse(List<Conditions.Condition> a, List<Conditions.Condition> b) {
        for (Conditions.Condition one : a) {
            for (Conditions.Condition other : b) {
                if (!one.negated() && !other.negated() && one.type().equals(other.type())
                        && ONE_PER_EXCUSE.contains(one.type()) && Conditions.contradict(one.constraints(), other.constraints())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A rule's conditions and, for each fact it requires that exactly one other rule inserts, that rule's conditions. */
    private static List<Conditions.Condition> withProducers(AuthoredRules rules, AuthoredRules.Rule rule) {
        List<Conditions.Condition> conditions = new ArrayList<>(Conditions.of(rule));
        for (Conditions.Condition condition : Conditions.of(rule)) {
            if (condition.negated()) {
                continue;
            }
            List<AuthoredRules.Rule> producers = rules.rules().stream()
                    .filter(other -> CodeScan.calls(other.consequence(), "new " + condition.type())).toList();
            if (producers.size() == 1 && producers.get(0) != rule) {
                conditions.addAll(Conditions.of(producers.get(0)));
            }
        }
        return conditions;
    }

    private static String activationGroup(AuthoredRules.Rule rule) {
        AttributeDescr group = rule.descr().getAttributes().get("activation-group");
        return group == null ? null : Objects.toString(group.getValue(), null);
    }
}
