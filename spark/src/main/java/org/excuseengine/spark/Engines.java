package org.excuseengine.spark;

import java.util.HashMap;
import java.util.Map;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.RuleSets;

/**
 * The engines of this JVM: one per rules folder, compiled once when the first task needs it and
 * shared by every task the executor runs after (an engine is thread-safe). Compiling the rules
 * takes seconds, a visit about a millisecond: building them per task or per partition would cost
 * more than the work. They live as long as the executor.
 */
final class Engines {
    private static final Map<Rules, RuleSets> BUILT = new HashMap<>();
    private static final ContractJson JSON = new ContractJson();

    private Engines() {}

    static synchronized RuleSets of(Rules rules) {
        return BUILT.computeIfAbsent(rules, Engines::build);
    }

    static ContractJson json() {
        return JSON;
    }

    private static RuleSets build(Rules rules) {
        ExcuseEngine champion = ExcuseEngine.builder(rules.champion().resolve()).defaultLanguage(rules.lang()).build();
        if (!rules.hasChallenger()) {
            return RuleSets.of(champion);
        }
        try {
            return new RuleSets(champion,
                    ExcuseEngine.builder(rules.challenger().resolve()).defaultLanguage(rules.lang()).build());
        } catch (RuntimeException e) {
            champion.close();
            throw e;
        }
    }
}
