package org.excuseengine.replay;

import java.util.Objects;
import org.excuseengine.engine.ExcuseEngine;

/**
 * The rules a replay runs: the champion, whose assessments are written out, and optionally a
 * challenger that sees the same history so that the two can be compared visit by visit.
 */
public record RuleSets(ExcuseEngine champion, ExcuseEngine challenger) implements AutoCloseable {
    public RuleSets {
        Objects.requireNonNull(champion, "champion");
    }

    public static RuleSets of(ExcuseEngine champion) {
        return new RuleSets(champion, null);
    }

    public boolean hasChallenger() {
        return challenger != null;
    }

    /** Closes both engines. */
    @Override
    public void close() {
        try {
            if (challenger != null) {
                challenger.close();
            }
        } finally {
            champion.close();
        }
    }
}
