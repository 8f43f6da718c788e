package org.excuseengine.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Folds a text so that the same excuse matches the same lexicon phrase whatever its form:
 * <ol>
 *   <li>Unicode NFKC with case folding (ICU): full-width letters, digits and punctuation become their
 *       ordinary forms, and upper and lower case become one;</li>
 *   <li>Traditional to Simplified script (ICU's Traditional-Simplified rules, see
 *       {@link ChineseScript}), so a lexicon phrase written in either script matches text written
 *       in either;</li>
 *   <li>quotation marks and apostrophes are dropped, an apostrophe-s with its s ("don't" =
 *       "dont", "money's" = "money"); dashes become spaces ("after-sales" = "after sales"); runs
 *       of blanks become one space, and blanks next to Chinese characters go, as Chinese is
 *       written without them; a line break stays, as it ends a clause.</li>
 * </ol>
 * Lexicon phrases go through the same folding, so authors may write them in any of these forms.
 */
final class TextNormalizer {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private TextNormalizer() {}

    /** The folded form of {@code text}. */
    static String fold(String text) {
        return foldKeepingOrigins(text).text();
    }

    /** The folded form of {@code text}, with the way back to the original wording. */
    static FoldedText foldKeepingOrigins(String text) {
        Mapped normalized = normalize(text);
        Mapped simplified = toSimplified(normalized);
        return tidy(text, simplified);
    }

    /** A text on its way through folding, with the original index of each of its characters. */
    private record Mapped(String text, int[] origin) {}

    /** NFKC with case folding, one normalisation segment at a time so each output character knows its source. */
    private static Mapped normalize(String text) {
        if (NFKC_CASEFOLD.isNormalized(text)) {
            return new Mapped(text, identity(text.length()));
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int start = 0;
        while (start < text.length()) {
            int end = start + Character.charCount(text.codePointAt(start));
            while (end < text.length() && !NFKC_CASEFOLD.hasBoundaryBefore(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            int before = out.length();
            if (end - start == 1 && isStable(text.charAt(start))) {
                out.append(text.charAt(start));
            } else {
                NFKC_CASEFOLD.normalizeSecondAndAppend(out, text.subSequence(start, end));
            }
            origin = ensureCapacity(origin, out.length() + 1);
            Arrays.fill(origin, before, out.length(), start);
            start = end;
        }
        origin[out.length()] = text.length();
        return new Mapped(out.toString(), Arrays.copyOf(origin, out.length() + 1));
    }

    /** Traditional to Simplified with ICU's conversion rules ({@link ChineseScript}). */
    private static Mapped toSimplified(Mapped normalized) {
        ChineseScript.Converted converted = ChineseScript.toSimplified(normalized.text(), normalized.origin());
        return new Mapped(converted.text(), converted.origin());
    }

    private static int[] ensureCapacity(int[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
    }

    /** Drops quotes, turns dashes into blanks and squeezes blanks, keeping the origins in step. */
    private static FoldedText tidy(String original, Mapped folded) {
        String text = folded.text();
        int[] origin = folded.origin();
        StringBuilder out = new StringBuilder(text.length());
        int[] kept = new int[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Chars.isQuote(c)) {
                i += isApostropheS(text, i, out) ? 2 : 1;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Chars.isDash(c)) {
                int runStart = i;
                // Quotes inside or just after the run go with it, so that what decides whether a blank
                // stays is the character after them: "not -"" ends in "not", as folding it again would.
                while (i < text.length() && (Character.isWhitespace(text.charAt(i))
                        || Character.isSpaceChar(text.charAt(i)) || Chars.isDash(text.charAt(i)) || Chars.isQuote(text.charAt(i)))) {
                    i++;
                }
                boolean betweenWords = out.length() > 0 && i < text.length()
                        && !Chars.isHan(out.charAt(out.length() - 1)) && !Chars.isHan(text.charAt(i));
                if (out.length() > 0 && hasLineBreak(text, runStart, i)) {
                    kept[out.length()] = origin[runStart];
                    out.append('\n');   // kept, as a line break ends a clause
                } else if (betweenWords) {
                    kept[out.length()] = origin[runStart];
                    out.append(' ');
                }
                continue;
            }
            kept[out.length()] = origin[i];
            out.append(c);
            i++;
        }
        kept[out.length()] = original.length();
        return new FoldedText(original, out.toString(), Arrays.copyOf(kept, out.length() + 1));
    }

    /**
     * The 's of "money's tight" or "the supplier's rep" carries nothing an excuse turns on, and
     * left in place it would make "moneys"; it goes with its apostrophe ("money tight").
     */
    private static boolean isApostropheS(String text, int quote, StringBuilder folded) {
        return folded.length() > 0 && Chars.isWordChar(folded.charAt(folded.length() - 1))
                && quote + 1 < text.length() && text.charAt(quote + 1) == 's'
                && (quote + 2 == text.length() || !Chars.isWordChar(text.charAt(quote + 2)));
    }

    /**
     * A character that NFKC with case folding leaves as it is, known without asking ICU: the common
     * case of lower-case ASCII and unified Chinese characters (compatibility ideographs do change).
     */
    private static boolean isStable(char c) {
        return c < 0x80 ? !(c >= 'A' && c <= 'Z') : c >= 0x4E00 && c <= 0x9FFF;
    }

    private static boolean hasLineBreak(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static int[] identity(int length) {
        int[] origin = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            origin[i] = i;
        }
        return origin;
    }
}
