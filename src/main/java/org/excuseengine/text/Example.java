package org.excuseengine.text;

import java.nio.file.Path;
import java.util.Set;
import org.excuseengine.model.Category;

/**
 * One labelled line of the example corpus ({@code rules/lexicon/examples/*.tsv}): a text as a
 * customer said it, the categories it expresses, and where the wording comes from.
 *
 * @param file       the corpus file it was read from
 * @param line       its 1-based line in that file
 * @param language   {@code en}, {@code zh-Hant} or {@code zh-Hans}
 * @param categories the excuses the text makes; empty for an evidence line
 * @param evidence   the text only shows evidence or reports an action ("here is the bank
 *                   statement", 已經打客服): it supports an excuse and is none of its own
 * @param source     a URL or a short source name; evaluation holds out a whole source at a time
 * @param text       the excuse as said
 */
public record Example(Path file, int line, String language, Set<Category> categories, boolean evidence,
                      String source, String text) {
    public Example {
        categories = Set.copyOf(categories);
    }

    /** Where the line is, for messages: {@code examples/quality.tsv:12}. */
    public String place() {
        return file.getFileName() + ":" + line;
    }
}
