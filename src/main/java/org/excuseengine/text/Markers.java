package org.excuseengine.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that shape how a text is read rather than what it is about, from
 * {@code lexicon/markers/}: where clauses break, which words turn to a contrast, which negate,
 * and spelling fixes. All folded like the text they are looked for in.
 *
 * @param negationReach how many words or Chinese characters a negation reaches across
 */
record Markers(
        Set<String> clauseBreaks,
        Set<String> contrasts,
        Set<String> negatesFollowing,
        Set<String> negatesPreceding,
        Set<String> negationJoins,
        Set<String> notNegations,
        int negationReach,
        Map<String, String> corrections,
        Set<String> knownWords) {

    static final String FOLDER = "markers";
    private static final int DEFAULT_REACH = 5;

    Markers {
        clauseBreaks = Set.copyOf(clauseBreaks);
        contrasts = Set.copyOf(contrasts);
        negatesFollowing = Set.copyOf(negatesFollowing);
        negatesPreceding = Set.copyOf(negatesPreceding);
        negationJoins = Set.copyOf(negationJoins);
        notNegations = Set.copyOf(notNegations);
        corrections = Map.copyOf(corrections);
        knownWords = Set.copyOf(knownWords);
    }

    static Markers load(Path lexiconDir) {
        Path folder = lexiconDir.resolve(FOLDER);
        Set<String> breaks = plainList(folder.resolve("clause-breaks.txt"));
        Set<String> contrasts = plainList(folder.resolve("contrast.txt"));
        Set<String> following = new LinkedHashSet<>();
        Set<String> preceding = new LinkedHashSet<>();
        Set<String> joins = new LinkedHashSet<>();
        Set<String> notNegations = new LinkedHashSet<>();
        int reach = DEFAULT_REACH;
        for (LexiconLine line : linesOf(folder.resolve("negation.txt"))) {
            switch (line.section()) {
                case "" -> reach = reach(line);
                case "before" -> following.add(folded(line, line.text()));
                case "after" -> preceding.add(folded(line, line.text()));
                case "joins" -> joins.add(folded(line, line.text()));
                case "not negations" -> notNegations.add(folded(line, line.text()));
                default -> throw line.error(
                        "unknown section [" + line.section() + "]; use [before], [after], [joins] or [not negations]");
            }
        }
        Map<String, String> corrections = new HashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (LexiconLine line : linesOf(folder.resolve("spelling.txt"))) {
            switch (line.section()) {
                case "corrections" -> addCorrection(line, corrections);
                case "known words" -> known.add(folded(line, line.text()));
                default -> throw line.error("unknown section [" + line.section() + "]; use [corrections] or [known words]");
            }
        }
        return new Markers(breaks, contrasts, following, preceding, joins, notNegations, reach, corrections, known);
    }

    private static Set<String> plainList(Path file) {
        Set<String> markers = new LinkedHashSet<>();
        for (LexiconLine line : linesOf(file)) {
            if (!line.section().isEmpty()) {
                throw line.error("this file has no sections; list one marker a line");
            }
            markers.add(folded(line, line.text()));
        }
        return markers;
    }

    private static List<LexiconLine> linesOf(Path file) {
        return Files.isRegularFile(file) ? LexiconLine.read(file) : List.of();
    }

    private static int reach(LexiconLine line) {
        String[] halves = line.text().split("=", 2);
        if (halves.length != 2 || !halves[0].strip().equals("reach")) {
            throw line.error("before the first section only 'reach = <number>' may appear");
        }
        try {
            int reach = Integer.parseInt(halves[1].strip());
            if (reach < 1 || reach > 20) {
                throw line.error("reach must be between 1 and 20");
            }
            return reach;
        } catch (NumberFormatException e) {
            throw line.error("reach must be a whole number, such as 5");
        }
    }

    private static void addCorrection(LexiconLine line, Map<String, String> corrections) {
        String[] halves = line.text().split("=", 2);
        if (halves.length != 2) {
            throw line.error("a correction is written 'wrong = right', as in tmrw = tomorrow");
        }
        String wrong = folded(line, halves[0]);
        if (!wrong.chars().allMatch(c -> Chars.isWordChar((char) c))) {
            throw line.error("the word to correct must be a single word");
        }
        corrections.put(wrong, folded(line, halves[1]));
    }

    private static String folded(LexiconLine line, String text) {
        String folded = TextNormalizer.fold(text.strip());
        if (folded.isEmpty()) {
            throw line.error("nothing left to look for once folded");
        }
        return folded;
    }
}
