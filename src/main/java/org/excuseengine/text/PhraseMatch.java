package org.excuseengine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A lexicon pattern found in a clause: the hits of its parts, in order, each within
 * {@link PhrasePattern#MAX_GAP_UNITS} of the one before.
 */
record PhraseMatch(PhrasePattern pattern, List<PhraseIndex.Hit> parts) {
    /** A part matched with one wrong character counts for less than a clean one. */
    private static final double NEAR_MATCH_FACTOR = 0.75;

    int start() {
        return parts.get(0).start();
    }

    int end() {
        return parts.get(parts.size() - 1).end();
    }

    double weight() {
        return parts.stream().anyMatch(PhraseIndex.Hit::fuzzy) ? pattern.weight() * NEAR_MATCH_FACTOR : pattern.weight();
    }

    /** The customer's words that matched ("質量 ... 差", "we'll pay"): what the classifier reports. */
    String wording(FoldedText text) {
        StringBuilder wording = new StringBuilder();
        for (PhraseIndex.Hit part : parts) {
            wording.append(wording.length() == 0 ? "" : " ... ").append(text.originalSlice(part.start(), part.end()));
        }
        return wording.toString();
    }

    /** Whether {@code [start, end)} lies inside one of this match's parts (not merely in a gap). */
    boolean partCovers(int start, int end) {
        return parts.stream().anyMatch(part -> part.start() <= start && end <= part.end());
    }

    /**
     * Every pattern found in {@code clause}, each at its earliest place, leaving out a one-part
     * phrase that lies inside a part of a longer or many-part phrase (the longer wording is the
     * more specific: 资金紧张 over 紧张, 质量 ... 差 over 质量).
     */
    static List<PhraseMatch> findAll(Clause clause, PhraseIndex.Hits hits, PhraseIndex index,
                                     List<PhrasePattern> patterns, FoldedText text) {
        Map<Integer, List<PhraseIndex.Hit>> hitsByLiteral = new HashMap<>();
        for (PhraseIndex.Hit hit : hits.literals()) {
            if (clause.contains(hit)) {
                hitsByLiteral.computeIfAbsent(hit.id(), id -> new ArrayList<>()).add(hit);
            }
        }
        Set<Integer> candidates = new TreeSet<>();
        for (int literal : hitsByLiteral.keySet()) {
            candidates.addAll(index.patternsStartingWith(literal));
        }
        List<PhraseMatch> matches = new ArrayList<>();
        for (int p : candidates) {
            List<PhraseIndex.Hit> found = follow(index.literalIdsOf(p), hitsByLiteral, text);
            if (found != null) {
                matches.add(new PhraseMatch(patterns.get(p), found));
            }
        }
        matches.removeIf(match -> match.parts.size() == 1 && matches.stream().anyMatch(other ->
                other != match && other.parts.stream().anyMatch(part -> part.start() <= match.start() && match.end() <= part.end()
                        && (part.length() > match.parts.get(0).length() || other.parts.size() > 1))));
        matches.sort(Comparator.comparingInt(PhraseMatch::start).thenComparingInt(PhraseMatch::end));
        return matches;
    }

    /** The earliest chain of hits, one per part in order, each close enough to the one before; null when there is none. */
    private static List<PhraseIndex.Hit> follow(int[][] literalIds, Map<Integer, List<PhraseIndex.Hit>> hitsByLiteral,
                                                FoldedText text) {
        for (PhraseIndex.Hit first : hitsOf(literalIds[0], hitsByLiteral)) {
            List<PhraseIndex.Hit> chain = new ArrayList<>(List.of(first));
            for (int k = 1; k < literalIds.length && chain != null; k++) {
                PhraseIndex.Hit previous = chain.get(chain.size() - 1);
                PhraseIndex.Hit next = null;
                for (PhraseIndex.Hit candidate : hitsOf(literalIds[k], hitsByLiteral)) {
                    if (candidate.start() >= previous.end()
                            && text.unitsBetween(previous.end(), candidate.start()) <= PhrasePattern.MAX_GAP_UNITS) {
                        next = candidate;
                        break;
                    }
                }
                if (next == null) {
                    chain = null;
                } else {
                    chain.add(next);
                }
            }
            if (chain != null) {
                return chain;
            }
        }
        return null;
    }

    /** The hits of any of {@code literalIds}, by where they start. */
    private static List<PhraseIndex.Hit> hitsOf(int[] literalIds, Map<Integer, List<PhraseIndex.Hit>> hitsByLiteral) {
        List<PhraseIndex.Hit> hits = new ArrayList<>();
        for (int literal : literalIds) {
            hits.addAll(hitsByLiteral.getOrDefault(literal, List.of()));
        }
        hits.sort(Comparator.comparingInt(PhraseIndex.Hit::start));
        return hits;
    }
}
