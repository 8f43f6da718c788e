package org.excuseengine.replay.journal;

import java.io.IOException;
import java.io.Reader;
import org.excuseengine.json.Utf8LineReader;

/**
 * The lines of a CSV journal as one text for the CSV parser, which reads text. A line that is not
 * UTF-8 cannot be skipped on its own as a JSONL line can, because a quoted field may run over
 * several lines: it ends the text with an error that names the line, so that it can be found.
 */
final class CsvText extends Reader {
    private final Utf8LineReader lines;
    private String line = "";
    private int next;

    CsvText(Utf8LineReader lines) {
        this.lines = lines;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (next == line.length()) {
            Utf8LineReader.Line read = lines.next();
            if (read == null) {
                return -1;
            }
            if (!read.readable()) {
                throw new IOException("line " + read.number() + " of the CSV journal: " + read.problem()
                        + "; a CSV record may span lines, so the journal cannot be read past it");
            }
            line = read.text() + "\n";
            next = 0;
        }
        int count = Math.min(length, line.length() - next);
        line.getChars(next, next + count, into, offset);
        next += count;
        return count;
    }

    @Override
    public void close() {
        // The caller owns the stream under the lines.
    }
}
