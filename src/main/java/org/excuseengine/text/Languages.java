package org.excuseengine.text;

import com.ibm.icu.text.Transliterator;
import java.util.Optional;

/** Tells which of the supported languages an excuse text is written in. */
public final class Languages {
    public static final String ZH_HANT = "zh-Hant";
    public static final String ZH_HANS = "zh-Hans";
    public static final String EN = "en";

    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

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

    private static String chineseScript(String text) {
        String han = text.codePoints().filter(Languages::isHan)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int traditionalOnly = differing(han, TO_SIMPLIFIED.get());
        int simplifiedOnly = differing(han, TO_TRADITIONAL.get());
        return simplifiedOnly > traditionalOnly ? ZH_HANS : ZH_HANT;
    }

    /** How many characters the transliterator changes: characters that exist in one script only. */
    private static int differing(String han, Transliterator transliterator) {
        String converted = transliterator.transliterate(han);
        int count = 0;
        for (int i = 0; i < Math.min(han.length(), converted.length()); i++) {
            if (han.charAt(i) != converted.charAt(i)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
