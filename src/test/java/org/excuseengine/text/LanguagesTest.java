package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void tellsTheScriptsAndEnglishApart() {
        assertEquals(Optional.of("zh-Hant"), Languages.detect("最近資金緊張，月底再說"));
        assertEquals(Optional.of("zh-Hans"), Languages.detect("最近资金紧张，月底再说"));
        assertEquals(Optional.of("en"), Languages.detect("Cash is tight this month."));
        assertEquals(Optional.of("zh-Hans"), Languages.detect("最近cash flow有点紧"));
    }

    @Test
    void hasNothingToSayAboutEmptyText() {
        assertEquals(Optional.empty(), Languages.detect(null));
        assertEquals(Optional.empty(), Languages.detect("  "));
        assertEquals(Optional.empty(), Languages.detect("123 !!"));
    }

    @Test
    void supportsTheThreeRebuttalLanguages() {
        assertTrue(Languages.isSupported("zh-Hant"));
        assertTrue(Languages.isSupported("zh-Hans"));
        assertTrue(Languages.isSupported("en"));
        assertFalse(Languages.isSupported("fr"));
        assertFalse(Languages.isSupported(null));
    }
}
