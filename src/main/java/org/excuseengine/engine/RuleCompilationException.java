package org.excuseengine.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder could not be loaded: every problem found, each with its file and line. */
public class RuleCompilationException extends RuntimeException {
    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super("the rules do not compile:\n" + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
