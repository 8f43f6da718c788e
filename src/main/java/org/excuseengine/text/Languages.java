package org.excuseengine.text;

import java.util.Optional;

/** Tells which of the supported languages an excuse text is written in. */
public final class Languages {
    public static final String ZH_HANT = "zh-Hant";
    public static final String ZH_HANS = "zh-Hans";
    public static final String EN = "en";

    private Languages() {}

    /** The language of {@code text}, or empty when it has no letters to tell by. */
    public static Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.codePoints().anyMatch(Languages::isHan)) {
            return Optional.of(chineseScript(text));
        }
        if (text.codePoints().anyMatch(Character::isLetter)) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }

    /** True for one of the three languages rebuttals are written in. */
    public static boolean isSupported(String lang) {
        return ZH_HANT.equals(lang) || ZH_HANS.equals(lang) || EN.equals(lang);
    }

    /** Counts the characters that exist in one script only; a tie (all shared characters) reads as Traditional. */
    private static String chineseScript(String text) {
        long traditionalOnly = text.codePoints().filter(ChineseScript::isTraditionalOnly).count();
        long simplifiedOnly = text.codePoints().filter(ChineseScript::isSimplifiedOnly).count();
        return simplifiedOnly > traditionalOnly ? ZH_HANS : ZH_HANT;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
