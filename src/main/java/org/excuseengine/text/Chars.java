package org.excuseengine.text;

/** Character classes the text package needs, by Unicode property rather than by hand-made lists. */
final class Chars {
    private Chars() {}

    /** A Chinese character: each one counts as a word of its own. */
    static boolean isHan(char c) {
        return c >= 0x2E80 && Character.isIdeographic(c);   // nothing below the CJK radicals is ideographic; most text is ASCII
    }

    /** A letter or digit of an alphabetic script: part of a word that must match whole. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {   // the common case, answered without Unicode's tables
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    /** Quotation marks and apostrophes carry no meaning for an excuse, and "don't" and "dont" are the same word. */
    static boolean isQuote(char c) {
        if (c < 0x80) {
            return c == '\'' || c == '"';
        }
        int type = Character.getType(c);
        return c == '\'' || c == '"' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** Hyphens and dashes join or separate words the same way a space does ("after-sales", "after sales"). */
    static boolean isDash(char c) {
        if (c < 0x80) {
            return c == '-';   // the only dash in ASCII
        }
        return Character.getType(c) == Character.DASH_PUNCTUATION;
    }
}
