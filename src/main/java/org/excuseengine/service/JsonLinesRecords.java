package org.excuseengine.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a JSON-lines body, each at most {@code maxLineBytes} long: a longer line is skipped
 * unread and answered with an error in its place. A blank line is a record too (an error), as in
 * the replay command, so that N lines in always give N lines out.
 */
final class JsonLinesRecords implements BatchRecords {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long lineNumber;

    JsonLinesRecords(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Item next() throws IOException {
        line.reset();
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        for (; b >= 0 && b != '\n'; b = in.read()) {
            if (line.size() < maxLineBytes) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        lineNumber++;
        if (tooLong) {
            return Item.unreadable(lineNumber, "/: the record is longer than " + maxLineBytes + " bytes; it was not read");
        }
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return text.isBlank() ? Item.unreadable(lineNumber, "/: empty line, expected a visit") : Item.of(lineNumber, text);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
