package org.excuseengine.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mends misspelt English words before matching: first by the corrections rule authors list
 * ({@code tmrw = tomorrow}), then by finding the one lexicon word within a typing slip of an
 * unknown word ("tigth" → "tight", "custmers" → "customers"). Only lexicon words are targets, so a
 * correction can only help a phrase match; an unknown word with two equally near lexicon words is
 * left alone, and so is one that only adds or drops an ending ("broken" is not a slip for "broke"). Candidates are looked up through their one-letter deletions (the SymSpell idea),
 * so no word list is scanned per call.
 */
final class TypoCorrector {
    /** Shorter words have too many near neighbours to guess from. */
    private static final int MIN_LENGTH = 5;
    /** From this length on, two slips (say a letter dropped and one added) are still recognisable. */
    private static final int TWO_SLIPS_LENGTH = 6;
    /** How many words' corrections are remembered: the vocabulary of excuses, with room to spare. */
    private static final int WORDS_REMEMBERED = 20_000;

    private final Set<String> knownWords = new HashSet<>();
    private final Set<String> knownStems = new HashSet<>();
    private final Map<String, String> corrections;
    private final Map<String, Set<String>> wordsByDeletion = new HashMap<>();
    /**
     * What each word met so far mends to (empty: keep it). Looking a word up takes a few
     * microseconds (its deletions, their candidates, edit distances) and excuses reuse few words;
     * bounded so that odd input cannot grow it without end.
     */
    private final Map<String, Optional<String>> mendedBefore = new ConcurrentHashMap<>();

    TypoCorrector(List<PhrasePattern> patterns, Markers markers) {
        this.corrections = markers.corrections();
        for (PhrasePattern pattern : patterns) {
            for (List<PhrasePattern.Literal> part : pattern.parts()) {
                for (PhrasePattern.Literal literal : part) {
                    List<String> words = words(literal.text());
                    for (int i = 0; i < words.size(); i++) {
                        learn(words.get(i), literal.openEnd() && i == words.size() - 1);
                    }
                }
            }
        }
        for (Set<String> group : List.of(markers.clauseBreaks(), markers.contrasts(), markers.negatesFollowing(),
                markers.negatesPreceding(), markers.negationJoins(), markers.notNegations(), markers.knownWords())) {
            group.forEach(marker -> words(marker).forEach(word -> learn(word, false)));
        }
        corrections.values().forEach(right -> words(right).forEach(word -> learn(word, false)));
    }

    private void learn(String word, boolean stem) {
        (stem ? knownStems : knownWords).add(word);
        if (word.length() >= MIN_LENGTH - 1) {
            wordsByDeletion.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(word);
            for (String deletion : deletions(word)) {
                wordsByDeletion.computeIfAbsent(deletion, w -> new LinkedHashSet<>()).add(word);
            }
        }
    }

    /** {@code text} with its misspelt words mended; the same object when nothing needed mending. */
    FoldedText correct(FoldedText text) {
        String folded = text.text();
        StringBuilder out = null;
        List<Integer> origin = null;
        int copied = 0;
        int i = 0;
        while (i < folded.length()) {
            if (!isLatinLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && isLatinLetter(folded.charAt(end))) {
                end++;
            }
            String word = folded.substring(i, end);
            String mended = mendRemembered(word);
            if (mended != null) {
                if (out == null) {
                    out = new StringBuilder(folded.length() + 16);
                    origin = new ArrayList<>();
                }
                for (int k = copied; k < i; k++) {
                    out.append(folded.charAt(k));
                    origin.add(text.originOf(k));
                }
                for (int k = 0; k < mended.length(); k++) {
                    out.append(mended.charAt(k));
                    origin.add(text.originOf(i + Math.min(k, word.length() - 1)));
                }
                copied = end;
            }
            i = end;
        }
        if (out == null) {
            return text;
        }
        for (int k = copied; k <= folded.length(); k++) {
            if (k < folded.length()) {
                out.append(folded.charAt(k));
            }
            origin.add(text.originOf(k));
        }
        return new FoldedText(text.original(), out.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }

    private String mendRemembered(String word) {
        Optional<String> known = mendedBefore.get(word);
        if (known == null) {
            known = Optional.ofNullable(mend(word));
            if (mendedBefore.size() < WORDS_REMEMBERED) {
                mendedBefore.put(word, known);
            }
        }
        return known.orElse(null);
    }

    /** The mended word, or null to keep it as it is. */
    private String mend(String word) {
        String listed = corrections.get(word);
        if (listed != null) {
            return listed;
        }
        if (word.length() < MIN_LENGTH || isKnown(word)) {
            return null;
        }
        Set<String> candidates = new LinkedHashSet<>(wordsByDeletion.getOrDefault(word, Set.of()));
        for (String deletion : deletions(word)) {
            candidates.addAll(wordsByDeletion.getOrDefault(deletion, Set.of()));
        }
        int allowed = word.length() >= TWO_SLIPS_LENGTH ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : candidates) {
            int distance = EditDistance.of(word, candidate);
            if (distance > allowed || distance == 0 || word.startsWith(candidate) || candidate.startsWith(word)) {
                continue;   // a word that only adds or drops an ending is another form ("broken"), not a slip for "broke"
            }
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && !candidate.equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private boolean isKnown(String word) {
        if (knownWords.contains(word)) {
            return true;
        }
        for (int length = word.length(); length >= 3; length--) {
            if (knownStems.contains(word.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> deletions(String word) {
        List<String> deletions = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            deletions.add(word.substring(0, i) + word.substring(i + 1));
        }
        return deletions;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isLatinLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isLatinLetter(text.charAt(end))) {
                end++;
            }
            words.add(text.substring(i, end));
            i = end;
        }
        return words;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
