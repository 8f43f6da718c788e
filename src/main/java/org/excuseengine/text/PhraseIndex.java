package org.excuseengine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every piece of text the lexicon looks for, phrase parts and markers alike, compiled into one
 * {@link AhoCorasick} automaton, so a text is read once whatever the size of the lexicon.
 * Also finds Chinese phrases typed with one wrong, same-sounding character (周转不零 for 周转不灵).
 */
final class PhraseIndex {
    static final int BREAK = 1;
    static final int CONTRAST = 2;
    static final int NEGATES_FOLLOWING = 4;
    static final int NEGATES_PRECEDING = 8;
    static final int JOIN = 16;
    static final int NOT_NEGATION = 32;
    static final int NEGATION = NEGATES_FOLLOWING | NEGATES_PRECEDING;

    /** Chinese parts at least this long may match with one character wrong. */
    private static final int FUZZY_MIN_LENGTH = 4;

    /**
     * An occurrence in the folded text. For a literal of a phrase {@code id} is the literal's id; for
     * a marker it is the marker's kinds ({@link #BREAK}, ...). {@code fuzzy}: found with one wrong
     * Chinese character.
     */
    record Hit(int id, int start, int end, boolean fuzzy) {
        int length() {
            return end - start;
        }

        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    /** What was found in one text: phrase literals and markers, overlaps already settled. */
    record Hits(List<Hit> literals, List<Hit> markers) {}

    /** Where a half of a long Chinese part lies in it: the anchor a near match is found by. */
    private record Anchor(int literal, int offset) {}

    private final List<PhrasePattern.Literal> literals = new ArrayList<>();
    private final int[][][] literalIdsOfPattern;   // pattern -> part -> the literals that can stand for it
    private final List<List<Integer>> patternsStartingWith = new ArrayList<>();
    private final AhoCorasick automaton;
    private final String[] keys;
    private final int[][] literalsOfKey;
    private final int[] markerKindsOfKey;
    private final Anchor[][] anchorsOfKey;
    private final Set<Character> negationCharacters = new HashSet<>();

    PhraseIndex(List<PhrasePattern> patterns, Markers markers) {
        Map<PhrasePattern.Literal, Integer> literalIds = new LinkedHashMap<>();
        literalIdsOfPattern = new int[patterns.size()][][];
        for (int p = 0; p < patterns.size(); p++) {
            List<List<PhrasePattern.Literal>> parts = patterns.get(p).parts();
            literalIdsOfPattern[p] = new int[parts.size()][];
            for (int k = 0; k < parts.size(); k++) {
                literalIdsOfPattern[p][k] = parts.get(k).stream().mapToInt(literal -> literalIds.computeIfAbsent(literal, l -> {
                    literals.add(l);
                    patternsStartingWith.add(new ArrayList<>());
                    return literals.size() - 1;
                })).toArray();
            }
            for (int first : literalIdsOfPattern[p][0]) {
                patternsStartingWith.get(first).add(p);
            }
        }
        KeyTable table = new KeyTable();
        for (int id = 0; id < literals.size(); id++) {
            table.addLiteral(literals.get(id).text(), id);
            addAnchors(table, id);
        }
        table.addMarker("\n", BREAK);   // a line break always ends a clause
        markers.clauseBreaks().forEach(m -> table.addMarker(m, BREAK));
        markers.contrasts().forEach(m -> table.addMarker(m, CONTRAST));
        markers.negatesFollowing().forEach(m -> table.addMarker(m, NEGATES_FOLLOWING));
        markers.negatesPreceding().forEach(m -> table.addMarker(m, NEGATES_PRECEDING));
        markers.negationJoins().forEach(m -> table.addMarker(m, JOIN));
        markers.notNegations().forEach(m -> table.addMarker(m, NOT_NEGATION));
        for (String cue : markers.negatesFollowing()) {
            if (cue.length() == 1 && Chars.isHan(cue.charAt(0))) {
                negationCharacters.add(cue.charAt(0));
            }
        }
        keys = table.keys.toArray(String[]::new);
        literalsOfKey = table.literals.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        markerKindsOfKey = table.markerKinds.stream().mapToInt(Integer::intValue).toArray();
        anchorsOfKey = table.anchors.stream().map(l -> l.toArray(Anchor[]::new)).toArray(Anchor[][]::new);
        automaton = AhoCorasick.of(table.keys);
    }

    /** For each part of the pattern, the ids of the literals that can stand for it. */
    int[][] literalIdsOf(int pattern) {
        return literalIdsOfPattern[pattern];
    }

    /** The patterns whose first part this literal can stand for. */
    List<Integer> patternsStartingWith(int literal) {
        return patternsStartingWith.get(literal);
    }

    /** Reads {@code text} once and returns what it holds. */
    Hits scan(FoldedText text) {
        List<Hit> literalHits = new ArrayList<>();
        List<Hit> markerHits = new ArrayList<>();
        String folded = text.text();
        automaton.scan(folded, (key, start, end) -> {
            if (!startsOnWordBoundary(folded, start)) {
                return;
            }
            for (int literal : literalsOfKey[key]) {
                int literalEnd = literals.get(literal).openEnd() ? endOfWord(folded, end) : end;
                if (literalEnd > end || endsOnWordBoundary(folded, keys[key], end)) {
                    literalHits.add(new Hit(literal, start, literalEnd, false));
                }
            }
            if (markerKindsOfKey[key] != 0 && endsOnWordBoundary(folded, keys[key], end)) {
                markerHits.add(new Hit(markerKindsOfKey[key], start, end, false));
            }
            for (Anchor anchor : anchorsOfKey[key]) {
                nearMatch(folded, anchor, start - anchor.offset()).ifPresent(literalHits::add);
            }
        });
        return settleOverlaps(literalHits, markerHits);
    }

    /**
     * A marker inside a longer phrase belongs to the phrase ("不过" in "周转不过来", "don't" in
     * "don't have the money"); a negation cue inside a longer word that only looks negative is no
     * cue ("不" in "不少"); a phrase inside a longer negation belongs to the negation ("问题" in "没问题").
     */
    private static Hits settleOverlaps(List<Hit> partHits, List<Hit> markerHits) {
        List<Hit> markers = new ArrayList<>();
        for (Hit marker : markerHits) {
            if (marker.id() != NOT_NEGATION && !overlapsLonger(marker, partHits, ~0)
                    && !((marker.id() & NEGATION) != 0 && overlapsLonger(marker, markerHits, NOT_NEGATION))) {
                markers.add(marker);
            }
        }
        List<Hit> parts = new ArrayList<>();
        for (Hit part : partHits) {
            if (!insideLongerNegation(part, markers)) {
                parts.add(part);
            }
        }
        return new Hits(parts, markers);
    }

    /** Whether a longer hit among {@code others} (of one of {@code kinds}, for markers) overlaps {@code hit}. */
    private static boolean overlapsLonger(Hit hit, List<Hit> others, int kinds) {
        for (Hit other : others) {
            if ((other.id() & kinds) != 0 && other.length() > hit.length() && other.overlaps(hit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLongerNegation(Hit part, List<Hit> markers) {
        for (Hit marker : markers) {
            if ((marker.id() & NEGATION) != 0 && marker.length() > part.length()
                    && marker.start() <= part.start() && part.end() <= marker.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A literal of {@link #FUZZY_MIN_LENGTH} or more Chinese characters written with one character
     * swapped for another that sounds the same (the usual slip of pinyin input), and neither of them
     * a negating character.
     */
    private java.util.Optional<Hit> nearMatch(String folded, Anchor anchor, int start) {
        String part = literals.get(anchor.literal()).text();
        int end = start + part.length();
        if (start < 0 || end > folded.length()) {
            return java.util.Optional.empty();
        }
        int differences = 0;
        for (int i = 0; i < part.length() && differences < 2; i++) {
            char expected = part.charAt(i);
            char actual = folded.charAt(start + i);
            if (expected != actual) {
                differences++;
                if (!Chars.isHan(actual) || negationCharacters.contains(actual) || negationCharacters.contains(expected)
                        || !Homophones.soundAlike(expected, actual)) {
                    return java.util.Optional.empty();
                }
            }
        }
        return differences == 1 ? java.util.Optional.of(new Hit(anchor.literal(), start, end, true)) : java.util.Optional.empty();
    }

    private void addAnchors(KeyTable table, int id) {
        String text = literals.get(id).text();
        if (text.length() < FUZZY_MIN_LENGTH || !text.chars().allMatch(c -> Chars.isHan((char) c))) {
            return;
        }
        int half = text.length() / 2;
        table.addAnchor(text.substring(0, half), new Anchor(id, 0));
        table.addAnchor(text.substring(half), new Anchor(id, half));
    }

    private static boolean startsOnWordBoundary(String text, int start) {
        return start == 0 || !Chars.isWordChar(text.charAt(start)) || !Chars.isWordChar(text.charAt(start - 1));
    }

    private static boolean endsOnWordBoundary(String text, String key, int end) {
        return end == text.length() || !Chars.isWordChar(key.charAt(key.length() - 1)) || !Chars.isWordChar(text.charAt(end));
    }

    private static int endOfWord(String text, int end) {
        while (end < text.length() && Chars.isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The distinct keys of the automaton, each with everything it stands for. */
    private static final class KeyTable {
        final List<String> keys = new ArrayList<>();
        final List<List<Integer>> literals = new ArrayList<>();
        final List<Integer> markerKinds = new ArrayList<>();
        final List<List<Anchor>> anchors = new ArrayList<>();
        private final Map<String, Integer> ids = new LinkedHashMap<>();

        void addLiteral(String key, int literal) {
            literals.get(id(key)).add(literal);
        }

        void addMarker(String key, int kind) {
            int id = id(key);
            markerKinds.set(id, markerKinds.get(id) | kind);
        }

        void addAnchor(String key, Anchor anchor) {
            anchors.get(id(key)).add(anchor);
        }

        private int id(String key) {
            return ids.computeIfAbsent(key, k -> {
                keys.add(k);
                literals.add(new ArrayList<>());
                markerKinds.add(0);
                anchors.add(new ArrayList<>());
                return keys.size() - 1;
            });
        }
    }
}
