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
    /** Readings already looked up: near matches are rare, but the same few characters recur. */
    private static final Map<Character, String> READINGS = new ConcurrentHashMap<>();

    private Homophones() {}

    /** Builds the transliterator now rather than on the first typing slip looked into. */
    static void loadTables() {
        Pinyin.of("");
    }

    static boolean soundAlike(char a, char b) {
        String reading = reading(a);
        return !reading.isEmpty() && reading.equals(reading(b));
    }

    private static String reading(char c) {
        return READINGS.computeIfAbsent(c, k -> {
            String latin = Pinyin.of(String.valueOf(k)).strip();
            return latin.chars().allMatch(Character::isLetter) ? latin : "";
        });
    }

    /**
     * One transliterator for the whole process, built on first use: building it takes a few
     * hundred milliseconds, too much to pay again on every thread that meets a typing slip. Calls
     * are serialised, which costs nothing worth measuring since each reading is looked up once.
     */
    private static final class Pinyin {
        private static final Transliterator TO_PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

        static synchronized String of(String text) {
            return TO_PINYIN.transliterate(text);
        }
    }
}
