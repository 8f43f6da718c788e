package org.excuseengine.cli;

import java.nio.file.Path;
import org.excuseengine.engine.ExcuseEngine;
import picocli.CommandLine.Option;

/** The options every command that assesses visits shares: which rules, which default language. */
final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Rebuttal language when the excuse text does not tell: zh-Hant, zh-Hans or en (default: ${DEFAULT-VALUE}).")
    String lang;

    ExcuseEngine engine() {
        return ExcuseEngine.builder(rules).defaultLanguage(lang).build();
    }
}
