package org.excuseengine.text;

import java.util.ArrayList;
import java.util.List;
import org.excuseengine.model.Category;

/**
 * Reads one category-file entry: {@code pattern} or {@code pattern | weight}, where the pattern may
 * hold {@code [a/b/c]} alternatives (an empty one makes the group optional), {@code ...} for a short
 * gap, and {@code *} after an English word for any ending.
 */
final class PatternParser {
    static final double MIN_WEIGHT = 0.1;
    static final double MAX_WEIGHT = 10;
    /** Alternatives multiply; a line that spells out to more than this is surely a mistake. */
    private static final int MAX_VARIANTS = 256;
    private static final String GAP = "...";

    private PatternParser() {}

    static List<PhrasePattern> parse(LexiconLine line, Category category) {
        String text = line.text().replace('\uFF5C', '|');
        int bar = text.lastIndexOf('|');
        String pattern = (bar < 0 ? text : text.substring(0, bar)).strip();
        double weight = bar < 0 ? 1.0 : weight(line, text.substring(bar + 1).strip());
        if (pattern.isEmpty()) {
            throw line.error("the phrase before '|' is empty");
        }
        checkSection(line, pattern);
        List<PhrasePattern> patterns = new ArrayList<>();
        for (String variant : spellOut(line, TextNormalizer.fold(pattern))) {
            patterns.add(new PhrasePattern(category, pattern, parts(line, variant), weight,
                    line.file().getFileName() + ":" + line.number()));
        }
        return patterns;
    }

    private static double weight(LexiconLine line, String written) {
        double weight;
        try {
            weight = Double.parseDouble(written);
        } catch (NumberFormatException e) {
            throw line.error("the weight after '|' must be a number such as 1 or 2.5, not '" + written + "'");
        }
        if (!(weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
            throw line.error("the weight must be between " + MIN_WEIGHT + " and " + (int) MAX_WEIGHT + ", not " + written);
        }
        return weight;
    }

    /** Sections [zh] and [en] only organise a file, but a phrase under the wrong one is a slip worth catching. */
    private static void checkSection(LexiconLine line, String pattern) {
        boolean hasHan = pattern.chars().anyMatch(c -> Chars.isHan((char) c));
        boolean hasLatin = pattern.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
        switch (line.section()) {
            case "", "mixed" -> { }
            case "zh" -> {
                if (!hasHan) {
                    throw line.error("a phrase under [zh] must contain Chinese characters");
                }
            }
            case "en" -> {
                if (hasHan || !hasLatin) {
                    throw line.error("a phrase under [en] must be English words without Chinese characters");
                }
            }
            default -> throw line.error("unknown section [" + line.section() + "]; use [zh], [en] or [mixed]");
        }
    }

    /** Every spelling the [a/b] groups allow, folded and with blanks tidied. */
    private static List<String> spellOut(LexiconLine line, String pattern) {
        List<String> variants = List.of("");
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('[', i);
            int close = open < 0 ? -1 : pattern.indexOf(']', open);
            if (open >= 0 && close < 0 || pattern.indexOf(']', i) >= 0 && (open < 0 || pattern.indexOf(']', i) < open)) {
                throw line.error("'[' and ']' must come in pairs, like [cash/money]");
            }
            String literal = pattern.substring(i, open < 0 ? pattern.length() : open);
            List<String> choices = open < 0 ? List.of("") : List.of(pattern.substring(open + 1, close).split("/", -1));
            if (choices.stream().anyMatch(c -> c.contains("["))) {
                throw line.error("[...] groups cannot be nested");
            }
            List<String> next = new ArrayList<>();
            for (String prefix : variants) {
                for (String choice : choices) {
                    next.add(prefix + literal + choice.strip());
                }
            }
            if (next.size() > MAX_VARIANTS) {
                throw line.error("the [a/b] groups spell out more than " + MAX_VARIANTS + " phrases; split the line");
            }
            variants = next;
            i = open < 0 ? pattern.length() : close + 1;
        }
        return variants.stream().distinct().toList();
    }

    private static List<PhrasePattern.Part> parts(LexiconLine line, String variant) {
        List<PhrasePattern.Part> parts = new ArrayList<>();
        for (String piece : variant.split("\\.\\.\\.", -1)) {
            String text = TextNormalizer.fold(piece.strip());
            boolean openEnd = text.endsWith("*");
            if (openEnd) {
                text = text.substring(0, text.length() - 1).strip();
                if (text.isEmpty() || !Chars.isWordChar(text.charAt(text.length() - 1))) {
                    throw line.error("'*' may only follow a word, as in defect*");
                }
            }
            if (text.contains("*")) {
                throw line.error("'*' may only come at the end of a word, as in defect*");
            }
            if (text.isEmpty()) {
                throw line.error("'" + GAP + "' needs words on both sides, as in 资金 ... 紧张");
            }
            parts.add(new PhrasePattern.Part(text, openEnd));
        }
        return parts;
    }
}
