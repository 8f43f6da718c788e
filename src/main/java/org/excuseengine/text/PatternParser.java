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

    static PhrasePattern parse(LexiconLine line, Category category) {
        String text = line.text().replace('\uFF5C', '|');
        int bar = text.lastIndexOf('|');
        String pattern = (bar < 0 ? text : text.substring(0, bar)).strip();
        double weight = bar < 0 ? 1.0 : weight(line, text.substring(bar + 1).strip());
        if (pattern.isEmpty()) {
            throw line.error("the phrase before '|' is empty");
        }
        checkSection(line, pattern);
        String folded = TextNormalizer.fold(pattern);
        List<List<PhrasePattern.Literal>> parts = new ArrayList<>();
        for (String piece : folded.split(java.util.regex.Pattern.quote(GAP), -1)) {
            parts.add(alternatives(line, piece));
        }
        return new PhrasePattern(category, pattern, parts, weight, line.file().getFileName() + ":" + line.number());
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

    /** The literals one part of a pattern stands for: every spelling its [a/b] groups allow. */
    private static List<PhrasePattern.Literal> alternatives(LexiconLine line, String piece) {
        List<PhrasePattern.Literal> literals = new ArrayList<>();
        for (String spelling : spellOut(line, piece)) {
            literals.add(literal(line, spelling));
        }
        return literals;
    }

    private static List<String> spellOut(LexiconLine line, String piece) {
        List<String> variants = List.of("");
        int i = 0;
        while (i < piece.length()) {
            int open = piece.indexOf('[', i);
            int close = open < 0 ? -1 : piece.indexOf(']', open);
            int stray = piece.indexOf(']', i);
            if (open >= 0 && close < 0 || stray >= 0 && (open < 0 || stray < open)) {
                throw line.error("'[' and ']' must come in pairs within one part, like [cash/money]; '" + GAP
                        + "' cannot stand inside [ ]");
            }
            String literal = piece.substring(i, open < 0 ? piece.length() : open);
            List<String> choices = open < 0 ? List.of("") : List.of(piece.substring(open + 1, close).split("/", -1));
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
            i = open < 0 ? piece.length() : close + 1;
        }
        return variants.stream().distinct().toList();
    }

    private static PhrasePattern.Literal literal(LexiconLine line, String spelling) {
        String text = TextNormalizer.fold(spelling.strip());
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
            throw line.error("'" + GAP + "' needs words on both sides, as in 资金 ... 紧张, and [a/b] needs a non-empty choice");
        }
        return new PhrasePattern.Literal(text, openEnd);
    }
}
