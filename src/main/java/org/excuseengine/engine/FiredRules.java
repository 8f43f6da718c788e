package org.excuseengine.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records which rules fired in one session, and how often. */
final class FiredRules extends DefaultAgendaEventListener {
    private final RuleOrder order;
    private final Map<String, Integer> timesByRule = new LinkedHashMap<>();

    FiredRules(RuleOrder order) {
        this.order = order;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        timesByRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    /** The rules that fired, each once, in the {@link RuleOrder}: the same whatever order they fired in. */
    List<String> names() {
        return order.sorted(timesByRule.keySet());
    }

    /** The rule that fired most often: the likely culprit when a session does not settle. */
    String busiest() {
        return timesByRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
