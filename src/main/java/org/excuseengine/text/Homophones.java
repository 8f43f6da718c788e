package org.excuseengine.text;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whether two Chinese characters sound alike. Chinese is typed by sound (pinyin), so a
 * typing slip swaps a character for another with the same reading (周转不零 for 周转不灵,
 * 资金紧涨 for 资金紧张); a different-sounding character is a different word, not a slip.
 * Readings come from ICU's Han-Latin transliterator, compared without tones.
 */
final class Homophones {
    private static final ThreadLocal<Transliterator> TO_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));
    /** Readings already looked up: near matches are rare, but the same few characters recur. */
    private static final Map<Character, String> READINGS = new ConcurrentHashMap<>();

    private Homophones() {}

    static boolean soundAlike(char a, char b) {
        String reading = reading(a);
        return !reading.isEmpty() && reading.equals(reading(b));
    }

    private static String reading(char c) {
        return READINGS.computeIfAbsent(c, k -> {
            String latin = TO_PINYIN.get().transliterate(String.valueOf(k)).strip();
            return latin.chars().allMatch(Character::isLetter) ? latin : "";
        });
    }
}
