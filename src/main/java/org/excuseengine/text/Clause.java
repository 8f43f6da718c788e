package org.excuseengine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of the folded text between clause breaks ({@code [start, end)}): the unit that carries
 * one excuse, and the limit of a negation's reach. {@code afterContrast}: it follows a contrast
 * marker such as "but" or 就是, where customers put the excuse they mean.
 */
record Clause(int start, int end, boolean afterContrast) {

    boolean contains(PhraseIndex.Hit hit) {
        return start <= hit.start() && hit.end() <= end;
    }

    /** Splits at the break and contrast markers among {@code markers}; clauses with no words are left out. */
    static List<Clause> split(FoldedText text, List<PhraseIndex.Hit> markers) {
        List<PhraseIndex.Hit> breaks = new ArrayList<>();
        for (PhraseIndex.Hit marker : markers) {
            if ((marker.id() & (PhraseIndex.BREAK | PhraseIndex.CONTRAST)) != 0) {
                breaks.add(marker);
            }
        }
        breaks.sort(Comparator.comparingInt(PhraseIndex.Hit::start));
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        boolean contrast = false;
        for (PhraseIndex.Hit marker : breaks) {
            if (marker.start() < start) {
                contrast |= (marker.id() & PhraseIndex.CONTRAST) != 0;
                start = Math.max(start, marker.end());
                continue;
            }
            if (addIfWordy(text, start, marker.start(), contrast, clauses)) {
                contrast = false;
            }
            contrast |= (marker.id() & PhraseIndex.CONTRAST) != 0;
            start = marker.end();
        }
        addIfWordy(text, start, text.length(), contrast, clauses);
        return clauses;
    }

    private static boolean addIfWordy(FoldedText text, int start, int end, boolean afterContrast, List<Clause> clauses) {
        if (text.unitsBetween(start, end) == 0) {
            return false;
        }
        clauses.add(new Clause(start, end, afterContrast));
        return true;
    }
}
