package org.excuseengine.cli;

import java.nio.file.Path;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.text.Languages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that assesses visits shares: which rules, which default language. */
final class EngineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    String lang;

    /** Checked as it is parsed, so that a typo is a usage error before the rules take seconds to load. */
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Rebuttal language when the excuse text does not tell: zh-Hant, zh-Hans or en (default: ${DEFAULT-VALUE}).")
    void lang(String language) {
        if (!Languages.isSupported(language)) {
            throw new ParameterException(command.commandLine(), "--lang: expected zh-Hant, zh-Hans or en, got " + language);
        }
        this.lang = language;
    }

    /** Fails as the engine would, naming the folder, for commands that read the folder before an engine does. */
    static void requireRulesFolder(Path rules) {
        if (!java.nio.file.Files.isDirectory(rules)) {
            throw new org.excuseengine.engine.RulesNotFoundException(rules.toAbsolutePath().normalize().toString(), "no rules folder here");
        }
    }

    ExcuseEngine engine() {
        return ExcuseEngine.builder(rules).defaultLanguage(lang).build();
    }
}
