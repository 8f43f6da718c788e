package org.excuseengine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which phrase matches in a clause are negated, so "not about quality" or 质量没问题 do
 * not count as a quality excuse. A cue from the [before] list negates the nearest match that
 * follows it within reach; a cue from the [after] list negates the nearest match before it. A
 * negation carries on to further matches linked by a join word ("not quality or service",
 * 质量和服务都没问题). A cue that falls inside a gapped match ("质量 ... 问题" over 质量没问题)
 * negates it. Negation never crosses a clause break.
 */
final class Negation {
    private Negation() {}

    static Set<PhraseMatch> negated(List<PhraseMatch> matches, Clause clause, PhraseIndex.Hits hits,
                                    FoldedText text, int reach) {
        Set<PhraseMatch> negated = new HashSet<>();
        if (matches.isEmpty()) {
            return negated;
        }
        List<PhraseIndex.Hit> joins = new ArrayList<>();
        List<PhraseIndex.Hit> cues = new ArrayList<>();
        for (PhraseIndex.Hit marker : hits.markers()) {
            if (clause.contains(marker) && (marker.id() & PhraseIndex.JOIN) != 0) {
                joins.add(marker);
            }
            if (clause.contains(marker) && (marker.id() & PhraseIndex.NEGATION) != 0) {
                cues.add(marker);
            }
        }
        for (PhraseIndex.Hit cue : cues) {
            for (PhraseMatch match : matches) {
                if (cue.start() >= match.start() && cue.start() < match.end() && !match.partCovers(cue.start(), cue.end())) {
                    negated.add(match);   // the cue sits in the gap of a gapped phrase: 质量 [没] 问题
                }
            }
            if ((cue.id() & PhraseIndex.NEGATES_FOLLOWING) != 0) {
                negateForward(cue, matches, joins, text, reach, negated);
            }
            if ((cue.id() & PhraseIndex.NEGATES_PRECEDING) != 0) {
                negateBackward(cue, matches, joins, text, reach, negated);
            }
        }
        return negated;
    }

    private static void negateForward(PhraseIndex.Hit cue, List<PhraseMatch> matches, List<PhraseIndex.Hit> joins,
                                      FoldedText text, int reach, Set<PhraseMatch> negated) {
        PhraseMatch last = null;
        for (PhraseMatch match : matches) {   // ordered by start
            if (match.start() < cue.end() || text.unitsBetween(cue.end(), match.start()) > reach) {
                continue;
            }
            boolean sameStretch = last == null || match.start() < last.end() || joined(last.end(), match.start(), joins, text);
            if (!sameStretch) {
                return;
            }
            negated.add(match);
            last = last == null || match.end() > last.end() ? match : last;
        }
    }

    private static void negateBackward(PhraseIndex.Hit cue, List<PhraseMatch> matches, List<PhraseIndex.Hit> joins,
                                       FoldedText text, int reach, Set<PhraseMatch> negated) {
        PhraseMatch last = null;
        for (int i = matches.size() - 1; i >= 0; i--) {
            PhraseMatch match = matches.get(i);
            if (match.end() > cue.start() || text.unitsBetween(match.end(), cue.start()) > reach) {
                continue;
            }
            boolean sameStretch = last == null || match.end() > last.start() || joined(match.end(), last.start(), joins, text);
            if (!sameStretch) {
                return;
            }
            negated.add(match);
            last = last == null || match.start() < last.start() ? match : last;
        }
    }

    /**
     * Whether only a join word stands between two phrases ("quality or service"): with more in
     * between, the second phrase is a thought of its own and keeps its meaning.
     */
    private static boolean joined(int from, int to, List<PhraseIndex.Hit> joins, FoldedText text) {
        return text.unitsBetween(from, to) <= 1 && joins.stream().anyMatch(join -> join.start() >= from && join.end() <= to);
    }
}
