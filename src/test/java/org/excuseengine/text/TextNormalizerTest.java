package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void fullWidthFormsAndCaseFoldAway() {
        assertEquals("cash is tight 123!", TextNormalizer.fold("ＣＡＳＨ　ＩＳ　ＴＩＧＨＴ　１２３！"));
    }

    @Test
    void traditionalBecomesSimplified() {
        assertEquals("资金周转不灵", TextNormalizer.fold("資金週轉不靈"));
    }

    @Test
    void quotesGoAndDashesSeparateWords() {
        assertEquals("we dont have it", TextNormalizer.fold("we don’t have it"));
        assertEquals("after sales", TextNormalizer.fold("after-sales"));
        assertEquals("money tight, the supplier rep", TextNormalizer.fold("money's tight, the supplier's rep"));
        assertEquals("sales", TextNormalizer.fold("'sales'"));
        assertEquals("not", TextNormalizer.fold("not-\""), "a quote after a blank keeps no blank at the end");
        assertEquals("not中", TextNormalizer.fold("not -\"中"), "nor before a Chinese character");
    }

    @Test
    void blanksSqueezeAndLeaveChineseAlone() {
        assertEquals("资金紧张cash flow", TextNormalizer.fold("  资金  紧张   cash   flow "));
    }

    @Test
    void lineBreaksAreKeptToEndClauses() {
        assertEquals("手头紧\n质量差", TextNormalizer.fold("手头紧\r\n 质量差"));
    }

    @Test
    void foldedPositionsLeadBackToTheOriginalWording() {
        String original = "ＴＨＥ　ＣＡＳＨ’Ｓ ｔｉｇｈｔ，質量差";
        FoldedText folded = TextNormalizer.foldKeepingOrigins(original);
        assertEquals("the cash tight,质量差", folded.text());
        int comma = folded.text().indexOf(',');
        assertEquals("ＴＨＥ　ＣＡＳＨ’Ｓ ｔｉｇｈｔ", folded.originalSlice(0, comma));
        assertEquals("質量差", folded.originalSlice(comma + 1, folded.length()));
    }

    @Test
    void unitsCountWordsAndChineseCharacters() {
        FoldedText folded = TextNormalizer.foldKeepingOrigins("cash flow 很紧");
        assertEquals(4, folded.unitsBetween(0, folded.length()));
    }
}
