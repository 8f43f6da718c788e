package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.excuseengine.model.Category;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.excuseengine.text.ExcuseClassifier;
import org.excuseengine.text.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author who adds examples sees them at the next reload: the rules version changes and the
 * model is trained again (a load that leaves the examples alone reuses the model it has:
 * {@code ExcuseModelTest}).
 */
class ExampleEditReloadTest {
    /** Words no example uses, so that before the edit the model cannot read them as any excuse. */
    private static final String NEW_WORDING = "the zorblax quibbled the frobnicator";

    @TempDir
    Path temp;

    @Test
    void addedExamplesChangeTheRulesVersionAndAreLearnedByTheNextLoad() {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, temp);
        Path lexiconDir = rules.root().resolve("lexicon");
        String before = RuleFolder.read(rules.root()).version();
        Lexicon lexicon = Lexicon.load(lexiconDir);
        assertEquals(Category.OTHER, new ExcuseClassifier(lexicon).classify(NEW_WORDING).get(0).category());

        StringBuilder examples = new StringBuilder();
        for (String variant : new String[] {"", " again", " today", " this week", " once more"}) {
            examples.append("en\tQUALITY\tteam:reload-test\t").append(NEW_WORDING).append(variant).append('\n');
        }
        rules.write("lexicon/examples/reload-test.tsv", examples.toString());

        assertNotEquals(before, RuleFolder.read(rules.root()).version(), "the rules version covers the examples");
        Lexicon reloaded = Lexicon.load(lexiconDir);
        assertEquals(Category.QUALITY, new ExcuseClassifier(reloaded).classify(NEW_WORDING).get(0).category());
    }
}
