package org.excuseengine.service;

import java.io.IOException;
import java.io.InputStream;
import org.excuseengine.json.Utf8LineReader;

/**
 * The lines of a JSON-lines body, each at most {@code maxLineBytes} long: a longer line, or one
 * that is not UTF-8, is answered with an error in its place. A blank line is a record too (an
 * error), as in the replay command, so that N lines in always give N lines out.
 */
final class JsonLinesRecords implements BatchRecords {
    private final InputStream in;
    private final Utf8LineReader lines;

    JsonLinesRecords(InputStream in, int maxLineBytes) {
        this.in = in;
        this.lines = new Utf8LineReader(in, maxLineBytes);
    }

    @Override
    public Item next() throws IOException {
        Utf8LineReader.Line line = lines.next();
        if (line == null) {
            return null;
        }
        if (!line.readable()) {
            return Item.unreadable(line.number(), "/: " + line.problem());
        }
        return line.text().isBlank() ? Item.unreadable(line.number(), "/: empty line, expected a visit")
                : Item.of(line.number(), line.text());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
