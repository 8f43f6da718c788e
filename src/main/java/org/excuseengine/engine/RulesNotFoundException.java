package org.excuseengine.engine;

import java.util.List;

/**
 * There is no rules folder where the engine was told to look. A {@link RuleCompilationException}
 * for the callers that treat every loading failure alike; its message says where it looked.
 */
public final class RulesNotFoundException extends RuleCompilationException {
    private final String location;

    /** @param location where the rules were looked for; {@code problem} what was found there instead */
    public RulesNotFoundException(String location, String problem) {
        super(List.of(RuleProblem.error(location, 0, 0, problem)));
        this.location = location;
    }

    /** Where the engine looked: an absolute path, a jar entry or a classpath resource name. */
    public String location() {
        return location;
    }
}
