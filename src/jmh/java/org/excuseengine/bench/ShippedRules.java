package org.excuseengine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.text.ExcuseClassifier;
import org.excuseengine.text.Lexicon;

/** The rules folder the benchmarks run on: {@code ./rules}, or {@code -Dexcuse.rules=DIR}. */
final class ShippedRules {
    private ShippedRules() {}

    static Path folder() {
        Path folder = Path.of(System.getProperty("excuse.rules", "rules"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no rules folder at " + folder.toAbsolutePath()
                    + ": run the benchmarks from the project folder or pass -Dexcuse.rules=DIR");
        }
        return folder;
    }

    static ExcuseEngine engine() {
        return ExcuseEngine.fromRules(folder());
    }

    static ExcuseClassifier classifier() {
        return new ExcuseClassifier(Lexicon.load(folder().resolve("lexicon")));
    }
}
