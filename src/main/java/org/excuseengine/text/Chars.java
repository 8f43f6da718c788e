package org.excuseengine.text;

/** Character classes the text package needs, by Unicode property rather than by hand-made lists. */
final class Chars {
    private Chars() {}

    /** A Chinese character: each one counts as a word of its own. */
    static boolean isHan(char c) {
        return Character.isIdeographic(c);
    }

    /** A letter or digit of an alphabetic script: part of a word that must match whole. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    /** Quotation marks and apostrophes carry no meaning for an excuse, and "don't" and "dont" are the same word. */
    static boolean isQuote(char c) {
        int type = Character.getType(c);
        return c == '\'' || c == '"' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** Hyphens and dashes join or separate words the same way a space does ("after-sales", "after sales"). */
    static boolean isDash(char c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION;
    }
}
