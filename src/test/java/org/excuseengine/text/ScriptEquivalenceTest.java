package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.excuseengine.model.Category;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same excuse in Traditional and in Simplified script gets the same categories: every Chinese line of the example corpus, converted by ICU. */
class ScriptEquivalenceTest {
    private static ExcuseClassifier classifier;
    private static List<String> chineseLines;
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    @BeforeAll
    static void load() {
        classifier = new ExcuseClassifier(Lexicon.load(Path.of("rules", "lexicon")));
        chineseLines = LabelledCorpus.shipped().stream().map(Example::text)
                .filter(text -> Languages.detect(text).map(lang -> lang.startsWith("zh")).orElse(false))
                .toList();
    }

    @Test
    void everyChineseCorpusLineGetsTheSameCategoriesInBothScripts() {
        List<String> differences = new ArrayList<>();
        for (String text : chineseLines) {
            Set<Category> asWritten = categories(text);
            String traditional = TO_TRADITIONAL.transliterate(text);
            String simplified = TO_SIMPLIFIED.transliterate(text);
            if (!categories(traditional).equals(asWritten) || !categories(simplified).equals(asWritten)) {
                differences.add(text + " / " + traditional + " / " + simplified);
            }
        }
        assertTrue(chineseLines.size() > 300, "the corpus has Chinese lines to compare");
        assertEquals(List.of(), differences);
    }

    @Test
    void fastConversionAgreesWithIcusTransliterator() {
        List<String> differences = new ArrayList<>();
        for (String text : chineseLines) {
            for (String variant : List.of(text, TO_TRADITIONAL.transliterate(text))) {
                String icu = ChineseScript.viaIcu(variant);
                // Where ICU's own result would change if converted again (薴 > 苧 > 苎 > 苧), the fast
                // conversion settles on one form instead: checked below.
                if (ChineseScript.viaIcu(icu).equals(icu) && !ChineseScript.toSimplified(variant).equals(icu)) {
                    differences.add(variant);
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void conversionFollowsIcusPhraseRules() {
        // 甚麼 is 什么 as a phrase, though 甚 alone stays 甚: a rule a character table would miss.
        assertEquals("什么", ChineseScript.toSimplified("甚麼"));
        assertEquals(ChineseScript.viaIcu("資金鍊緊繃"), ChineseScript.toSimplified("資金鍊緊繃"));
    }

    @Test
    void charactersIcuRewritesAgainFoldToOneFormThatStays() {
        // ICU writes 薴 as 苧, 苧 as 苎 and 苎 as 苧: all three must fold to one form that folding keeps.
        String folded = ChineseScript.toSimplified("薴");
        assertEquals(folded, ChineseScript.toSimplified("苧"));
        assertEquals(folded, ChineseScript.toSimplified("苎"));
        assertEquals(folded, ChineseScript.toSimplified(folded));
    }

    @Test
    void convertingAnyChineseCharacterTwiceChangesNothingMore() {
        List<String> unsettled = new ArrayList<>();
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            String once = ChineseScript.toSimplified(String.valueOf((char) c));
            if (!ChineseScript.toSimplified(once).equals(once)) {
                unsettled.add(Character.toString(c) + " > " + once);
            }
        }
        assertEquals(List.of(), unsettled);
    }

    private static Set<Category> categories(String text) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        classifier.classify(text).forEach(c -> categories.add(c.category()));
        return categories;
    }
}
