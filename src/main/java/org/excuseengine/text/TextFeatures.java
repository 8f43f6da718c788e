package org.excuseengine.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features the excuse model reads in a folded text: character n-grams (1 to 3) within each run
 * of Chinese characters, which need no word segmenter, and English words, word pairs, word stems
 * and letter 4-grams. Runs stop at punctuation, so no n-gram spans two clauses. Digits read as {@code #}: the
 * amount or the date does not change the excuse.
 */
final class TextFeatures {
    private static final int LONGEST_HAN_GRAM = 3;
    private static final String[] HAN_PREFIXES = {"", "h1=", "h2=", "h3="};
    /** Words this long or longer also count by their first letters: paying, payment and payable share "payme"/"payin". */
    private static final int STEM_LENGTH = 5;

    /** English words also count by their letter 4-grams (with word edges): deposit, depositing and deposited share most. */
    private static final int CHAR_GRAMS = 4;

    private TextFeatures() {}

    /** The features of {@code folded}, each once, in the order first met (so training is the same every run). */
    static String[] of(String folded) {
        Set<String> features = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();       // words of the current run of words
        StringBuilder han = new StringBuilder();       // or Han characters of the current run of them
        int i = 0;
        while (i <= folded.length()) {
            char c = i < folded.length() ? folded.charAt(i) : '\n';
            if (Chars.isHan(c)) {
                addWordFeatures(words, features);
                han.append(c);
                i++;
            } else if (Chars.isWordChar(c)) {
                addHanFeatures(han, features);
                int end = i;
                while (end < folded.length() && Chars.isWordChar(folded.charAt(end))) {
                    end++;
                }
                words.add(isNumber(folded, i, end) ? "#" : folded.substring(i, end));
                i = end;
            } else {
                if (c != ' ') {   // a space separates words of one run; punctuation ends the run
                    addHanFeatures(han, features);
                    addWordFeatures(words, features);
                }
                i++;
            }
        }
        return features.toArray(String[]::new);
    }

    private static boolean isNumber(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void addHanFeatures(StringBuilder run, Set<String> features) {
        for (int n = 1; n <= LONGEST_HAN_GRAM; n++) {
            for (int start = 0; start + n <= run.length(); start++) {
                features.add(HAN_PREFIXES[n] + run.substring(start, start + n));
            }
        }
        run.setLength(0);
    }

    private static void addWordFeatures(List<String> run, Set<String> features) {
        for (int k = 0; k < run.size(); k++) {
            String word = run.get(k);
            features.add("w=" + word);
            if (word.length() > STEM_LENGTH) {
                features.add("s=" + word.substring(0, STEM_LENGTH));
            }
            String padded = "<" + word + ">";
            for (int start = 0; start + CHAR_GRAMS <= padded.length(); start++) {
                features.add("c=" + padded.substring(start, start + CHAR_GRAMS));
            }
            if (k > 0) {
                features.add("w2=" + run.get(k - 1) + "_" + word);
            }
        }
        run.clear();
    }
}
