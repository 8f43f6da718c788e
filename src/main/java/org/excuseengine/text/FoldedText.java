package org.excuseengine.text;

/**
 * A text in its folded form (see {@link TextNormalizer}), remembering for every folded character
 * where it came from in the original, so a clause found in the folded form can be reported in the
 * customer's own words.
 */
final class FoldedText {
    private final String original;
    private final String text;
    private final int[] origin;       // origin[i]: index in the original of folded char i; origin[length] = original length
    private final int[] unitsBefore;  // unitsBefore[i]: how many words or Han characters start before folded index i

    FoldedText(String original, String text, int[] origin) {
        if (origin.length != text.length() + 1) {
            throw new IllegalArgumentException("origin must have one entry per folded character, plus the end");
        }
        this.original = original;
        this.text = text;
        this.origin = origin;
        this.unitsBefore = countUnits(text);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    String original() {
        return original;
    }

    /** The original wording behind folded characters {@code [start, end)}, without surrounding blanks. */
    String originalSlice(int start, int end) {
        int from = origin[start];
        int to = end >= text.length() ? original.length() : origin[end];
        return original.substring(from, Math.max(from, to)).strip();
    }

    int originOf(int index) {
        return origin[index];
    }

    /**
     * How many words or Han characters lie in {@code [start, end)}: the distance that negation
     * reach and phrase gaps are measured in, so that they mean about the same in either language.
     */
    int unitsBetween(int start, int end) {
        return end <= start ? 0 : unitsBefore[end] - unitsBefore[start];
    }

    private static int[] countUnits(String text) {
        int[] units = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean startsUnit = Chars.isHan(c) || (Chars.isWordChar(c) && (i == 0 || !Chars.isWordChar(text.charAt(i - 1))));
            units[i + 1] = units[i] + (startsUnit ? 1 : 0);
        }
        return units;
    }
}
