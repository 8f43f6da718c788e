package org.excuseengine.model.fact;

/** Derived: how the customer's promises that fell due in the last {@code windowDays} days turned out. */
public record PromiseRecord(int windowDays, int kept, int partial, int broken) {
    public int total() {
        return kept + partial + broken;
    }

    /** No promise of the window was broken or paid only in part. */
    public boolean clean() {
        return partial == 0 && broken == 0;
    }
}
