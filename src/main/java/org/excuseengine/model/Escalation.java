package org.excuseengine.model;

import java.util.List;

/** How hard to follow up: the level on the ladder, the days until the next follow-up, what to do. */
public record Escalation(EscalationLevel level, int followUpInDays, List<String> actions, List<Reason> reasons) {
    public Escalation {
        actions = List.copyOf(actions);
        reasons = List.copyOf(reasons);
    }
}
