package org.excuseengine.text;

import java.util.List;
import org.excuseengine.model.Category;

/**
 * One lexicon entry after its alternatives are spelled out: the folded parts that must appear in
 * this order within a clause (with at most {@link #MAX_GAP_UNITS} words or Chinese characters
 * between neighbours), the category they point to and how strongly.
 *
 * @param written the entry as the rule author wrote it, reported as the matched phrase
 * @param source  file and line, for messages
 */
record PhrasePattern(Category category, String written, List<Part> parts, double weight, String source) {
    /** How far apart the parts of a {@code a ... b} pattern may be, in words or Chinese characters. */
    static final int MAX_GAP_UNITS = 6;

    PhrasePattern {
        parts = List.copyOf(parts);
    }

    /**
     * A piece of text to find literally. {@code openEnd}: its last word may continue ({@code defect*}
     * matches "defective").
     */
    record Part(String text, boolean openEnd) {}
}
