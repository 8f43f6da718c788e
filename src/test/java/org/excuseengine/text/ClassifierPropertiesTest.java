package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What must hold for any text at all, however strange: odd scripts, combining marks, surrogates. */
class ClassifierPropertiesTest {
    private static final ExcuseClassifier CLASSIFIER = new ExcuseClassifier(Lexicon.load(Path.of("rules", "lexicon")));

    @Property(tries = 500)
    void alwaysAnswersWithinBounds(@ForAll("excuseLikeText") String text) {
        List<Classification> found = CLASSIFIER.classify(text);
        assertFalse(found.isEmpty());
        for (Classification classification : found) {
            assertTrue(classification.confidence() > 0 && classification.confidence() <= 1, classification.toString());
        }
        assertEquals(found.size(), found.stream().map(Classification::category).distinct().count(), "one result per category");
    }

    @Property(tries = 500)
    void foldingTwiceChangesNothing(@ForAll("excuseLikeText") String text) {
        String once = TextNormalizer.fold(text);
        assertEquals(once, TextNormalizer.fold(once));
    }

    @Example
    void charactersIcuRewritesIntoEachOtherFoldToOne() {
        // ICU's Traditional-Simplified data has 苧 > 苎 and 苎 > 苧 (and 薴 > 苧): a circle, found by the property above.
        assertEquals(TextNormalizer.fold("苎麻"), TextNormalizer.fold("苧麻"));
        assertEquals(TextNormalizer.fold("苎麻"), TextNormalizer.fold("薴麻"));
        assertEquals(TextNormalizer.fold("苧麻"), TextNormalizer.fold(TextNormalizer.fold("苧麻")));
    }

    @Property(tries = 500)
    void everyFoldedStretchLeadsBackIntoTheOriginal(@ForAll("excuseLikeText") String text) {
        FoldedText folded = TextNormalizer.foldKeepingOrigins(text);
        for (int start = 0; start <= folded.length(); start++) {
            String slice = folded.originalSlice(start, folded.length());
            assertTrue(text.contains(slice), () -> "not in the original: " + slice);
        }
    }

    /** Pieces of real excuses mixed with arbitrary characters, so phrases and oddities meet. */
    @Provide
    Arbitrary<String> excuseLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("資金緊張", "质量没问题", "但是", "not", "cash is tight", "，", "\n", "’s", "ＣＡＳＨ", "甚麼",
                        "不少", "週轉不零", "don't", "-", "  ", "e\u0301", "\uD840\uDC00", "ﬁ", "…"),
                Arbitraries.strings().all().ofMaxLength(4));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
