package org.excuseengine.model;

/** The escalation ladder, in rising order of pressure. */
public enum EscalationLevel {
    ROUTINE, TIGHTEN, MANAGER, CREDIT_HOLD, LEGAL;

    public EscalationLevel max(EscalationLevel other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
