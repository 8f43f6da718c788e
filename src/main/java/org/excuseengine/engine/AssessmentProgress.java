package org.excuseengine.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Where one assessment is, as seen from another thread: which thread runs it, which rule is firing
 * now. When the rules do not return, this names the rule that was running.
 */
final class AssessmentProgress extends DefaultAgendaEventListener {
    private volatile Thread thread;
    private volatile String firing;
    private volatile String stage = "reading the visit";

    void startedOn(Thread thread) {
        this.thread = thread;
    }

    Thread thread() {
        return thread;
    }

    void stage(String stage) {
        this.stage = stage;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    /** The rule whose action was running, or what the engine was doing when no action was. */
    String culprit() {
        String rule = firing;
        return rule != null ? "rule \"" + rule + "\"" : "a rule's condition or rebuttal text (while " + stage + ")";
    }
}
