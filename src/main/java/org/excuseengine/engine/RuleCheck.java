package org.excuseengine.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.excuseengine.model.Assessment;

/**
 * Checks a rules folder the way a rule author needs before shipping an edit: compiles every rule
 * file (DRL and decision tables) and lints what the compiler cannot see. Each problem is located
 * as {@code path:line:column}, the path starting with the rules folder as it was named. Errors
 * stop the rules from loading or give customers broken text; warnings point at something that is
 * likely wrong. rules/README.md lists every lint.
 */
public final class RuleCheck {
    /** What a check found. */
    public record Report(List<RuleProblem> problems, int ruleFiles, int rules, int scenarios) {
        public Report {
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(RuleProblem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        public boolean passed() {
            return errors() == 0;
        }
    }

    /** Runs the scenario tests of a rules folder on an engine built from it, giving each scenario's assessment. */
    @FunctionalInterface
    public interface Scenarios {
        List<Assessment> assess(ExcuseEngine engine);
    }

    private RuleCheck() {}

    /**
     * Checks {@code rulesDir}. When the rules compile, {@code scenarios} is run on them to find
     * the rules no scenario fires.
     */
    public static Report run(Path rulesDir, Scenarios scenarios) {
        RuleFolder folder;
        try {
            folder = RuleFolder.read(rulesDir);
        } catch (RuleCompilationException e) {
            return new Report(e.problems(), 0, 0, 0);
        }
        RuleCompiler.Build build = RuleCompiler.build(folder);
        AuthoredRules rules = AuthoredRules.read(folder);
        List<RuleProblem> problems = new ArrayList<>(build.problems());
        problems.addAll(RuleLints.duplicateNames(rules));
        problems.addAll(RuleLints.processExits(folder));
        problems.addAll(RebuttalLint.check(rulesDir, rules));
        if (rules.complete()) {
            problems.addAll(DecisionConflicts.check(rules));
        }
        problems.addAll(RuleLints.lexicon(rulesDir));
        int scenarioCount = 0;
        if (!build.failed() && rules.complete()) {
            try (ExcuseEngine engine = ExcuseEngine.builder(rulesDir).build()) {
                List<Assessment> assessed = scenarios.assess(engine);
                scenarioCount = assessed.size();
                Set<String> fired = new TreeSet<>();
                assessed.forEach(assessment -> fired.addAll(assessment.rulesFired()));
                problems.addAll(RuleLints.unexercised(rules, scenarioCount, fired));
                if (engine.status().lastWithdrawal() != null) {
                    // A scenario whose rule code did not return: the rules must not be shipped.
                    problems.add(RuleProblem.error(RuleLints.TESTS_FOLDER, 0, 0,
                            "a scenario did not finish: " + engine.status().lastWithdrawal().reason()));
                }
            } catch (RuntimeException e) {
                problems.add(RuleProblem.warning(RuleLints.TESTS_FOLDER, 0, 0, "the scenarios could not be run: " + e.getMessage()));
            }
        }
        List<RuleProblem> located = problems.stream().map(problem -> underFolder(rulesDir, problem))
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                        .thenComparingInt(RuleProblem::column))
                .toList();
        return new Report(located, folder.ruleFiles().size(), rules.rules().size(), scenarioCount);
    }

    /** The problem with its path as the user would type it: the rules folder as they named it, then the file. */
    private static RuleProblem underFolder(Path rulesDir, RuleProblem problem) {
        String file = problem.file().isEmpty() ? rulesDir.toString() : rulesDir.resolve(problem.file()).normalize().toString();
        return new RuleProblem(file.replace('\\', '/'), problem.line(), problem.column(), problem.severity(), problem.message());
    }
}
