package org.excuseengine.spark;

import java.util.HashMap;
import java.util.Map;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.RuleSets;

/**
 * The engines of this JVM: one per rules folder (and language), compiled once when the first task
 * needs it and shared by every task the executor runs after (an engine is thread-safe). Compiling
 * the rules takes seconds, a visit about a millisecond: building them per task or per partition
 * would cost more than the work. They live as long as the executor.
 */
final class Engines {
    private static final Map<Key, ExcuseEngine> BUILT = new HashMap<>();
    private static final ContractJson JSON = new ContractJson();

    private record Key(RulesLocation folder, String lang) {}

    private Engines() {}

    /** The job's rule sets on this JVM. Not to be closed: they serve every task after this one. */
    static synchronized RuleSets of(Rules rules) {
        ExcuseEngine champion = engine(rules.champion(), rules.lang());
        return new RuleSets(champion, rules.hasChallenger() ? engine(rules.challenger(), rules.lang()) : null);
    }

    static ContractJson json() {
        return JSON;
    }

    private static ExcuseEngine engine(RulesLocation folder, String lang) {
        return BUILT.computeIfAbsent(new Key(folder, lang),
                key -> ExcuseEngine.builder(folder.resolve()).defaultLanguage(lang).build());
    }
}
