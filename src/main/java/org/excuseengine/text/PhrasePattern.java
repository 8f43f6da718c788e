package org.excuseengine.text;

import java.util.List;
import org.excuseengine.model.Category;

/**
 * One lexicon entry: the parts that must appear in this order within a clause (with at most
 * {@link #MAX_GAP_UNITS} words or Chinese characters between neighbours), the category they point
 * to and how strongly. Each part is a set of alternative literals, from the entry's {@code [a/b]}.
 *
 * @param written the entry as the rule author wrote it, reported as the matched phrase
 * @param source  file and line, for messages
 */
record PhrasePattern(Category category, String written, List<List<Literal>> parts, double weight, String source) {
    /** How far apart the parts of a {@code a ... b} pattern may be, in words or Chinese characters. */
    static final int MAX_GAP_UNITS = 6;

    PhrasePattern {
        parts = parts.stream().map(List::copyOf).toList();
    }

    /**
     * A folded piece of text to find as it is. {@code openEnd}: its last word may go on
     * ({@code defect*} matches "defective").
     */
    record Literal(String text, boolean openEnd) {}
}
