package org.excuseengine.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * The rules a job runs, as every machine finds them: the champion's folder, the challenger's when
 * one is compared, and the rebuttal language used when an excuse's text does not tell.
 */
record Rules(RulesLocation champion, RulesLocation challenger, String lang) implements Serializable {
    Rules {
        Objects.requireNonNull(champion, "champion");
        Objects.requireNonNull(lang, "lang");
        if (challenger != null && challenger.name().equals(champion.name())) {
            throw new IllegalArgumentException("--challenger: the folder's name must differ from the champion's ("
                    + champion.name() + "), since both are shipped to the executors by name");
        }
    }

    boolean hasChallenger() {
        return challenger != null;
    }
}
