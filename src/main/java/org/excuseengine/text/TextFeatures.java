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
    /** Words this long or longer also count by their first letters: paying, payment and payable share "payme"/"payin". */
    private static final int STEM_LENGTH = 5;

    /** English words also count by their letter 4-grams (with word edges): deposit, depositing and deposited share most. */
    private static final int CHAR_GRAMS = 4;

    private TextFeatures() {}

    /** The features of {@code folded}, each once, in the order first met (so training is the same every run). */
    static String[] of(String folded) {
        Set<String> features = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();   // words of the current run, or Han characters
        boolean hanRun = false;
        int i = 0;
        while (i <= folded.length()) {
            char c = i < folded.length() ? folded.charAt(i) : '\n';
            if (Chars.isHan(c)) {
                if (!hanRun) {
                    flush(run, false, features);
                    hanRun = true;
                }
                run.add(String.valueOf(c));
                i++;
            } else if (Chars.isWordChar(c)) {
                if (hanRun) {
                    flush(run, true, features);
                    hanRun = false;
                }
                int end = i;
                while (end < folded.length() && Chars.isWordChar(folded.charAt(end))) {
                    end++;
                }
                String word = folded.substring(i, end);
                run.add(word.chars().allMatch(Character::isDigit) ? "#" : word);
                i = end;
            } else {
                if (c != ' ') {   // a space separates words of one run; punctuation ends the run
                    flush(run, hanRun, features);
                }
                i++;
            }
        }
        flush(run, hanRun, features);
        return features.toArray(String[]::new);
    }

    private static void flush(List<String> run, boolean han, Set<String> features) {
        if (han) {
            for (int n = 1; n <= LONGEST_HAN_GRAM; n++) {
                for (int start = 0; start + n <= run.size(); start++) {
                    features.add("h" + n + "=" + String.join("", run.subList(start, start + n)));
                }
            }
        } else {
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
        }
        run.clear();
    }
}
