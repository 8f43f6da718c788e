package org.excuseengine.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 byte stream (JSON lines), decoded one line at a time, so that a line whose
 * bytes are not UTF-8, or that is too long, becomes a {@link Line} saying so in its place while
 * the lines after it are read as usual. A {@code Reader} cannot do this: once its decoder meets a
 * bad byte it either stops the whole stream or silently puts U+FFFD in its place, and then a
 * corrupt record would be judged as if the customer had written that.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}, as files written on any system
 * end them; a byte-order mark at the start of the stream is dropped. The last line needs no {@code \n}. Memory is bounded by
 * {@code maxLineBytes}: the bytes of a longer line are skipped unread. Not thread-safe; the
 * caller closes the stream.
 */
public final class Utf8LineReader {
    /**
     * One line: its text, or why it could not be read (then {@code text} is null).
     *
     * @param number  1-based
     * @param problem what was expected and found, with no field pointer: callers frame it as their
     *                records need (a visit's error record, a journal's skipped event)
     */
    public record Line(long number, String text, String problem) {
        public boolean readable() {
            return text != null;
        }
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    /** A line that runs past the end of the buffer is gathered here, up to one byte over the limit. */
    private byte[] gathered = new byte[1024];
    private int gatheredLength;
    private CharBuffer chars = CharBuffer.allocate(1024);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long number;
    /** The stream said it ended: an interactive one would wait for a second end of input if asked again. */
    private boolean ended;
    /** The last line ended at a {@code \r}: a {@code \n} right after it belongs to that ending. */
    private boolean afterCarriageReturn;

    public Utf8LineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1 || maxLineBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxLineBytes: expected 1 to " + (Integer.MAX_VALUE - 1) + ", got " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null after the last. */
    public Line next() throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        if (afterCarriageReturn) {
            afterCarriageReturn = false;
            if (buffer[position] == '\n') {
                position++;
                if (position == limit && !fill()) {
                    return null;
                }
            }
        }
        number++;
        int newline = indexOfNewline();
        if (newline >= 0) {
            // The common case: the whole line is in the buffer and is decoded where it lies.
            int start = position;
            endLineAt(newline);
            return line(buffer, start, newline - start, newline - start);
        }
        gatheredLength = 0;
        long length = 0;
        while (true) {
            int end = newline >= 0 ? newline : limit;
            gather(position, end);
            length += end - position;
            if (newline >= 0) {
                endLineAt(newline);
            } else {
                position = end;
            }
            if (newline >= 0 || !fill()) {
                break;
            }
            newline = indexOfNewline();
        }
        return line(gathered, 0, gatheredLength, length);
    }

    /**
     * @param kept   how many of the line's bytes are at {@code offset}
     * @param length how long the line is: more than {@code kept} when its end was not kept
     */
    private Line line(byte[] bytes, int offset, int kept, long length) {
        if (length > maxLineBytes) {
            return new Line(number, null, "the line is longer than " + maxLineBytes + " bytes; it was not read");
        }
        int start = number == 1 && startsWithByteOrderMark(bytes, offset, kept) ? offset + 3 : offset;
        return decode(bytes, offset, start, offset + kept);
    }

    private Line decode(byte[] bytes, int lineStart, int start, int end) {
        int length = end - start;
        if (chars.capacity() < length) {
            // UTF-8 never takes fewer bytes than UTF-16 takes chars: one char per byte is always room enough.
            chars = CharBuffer.allocate(Math.max(length, Math.min(2 * chars.capacity(), maxLineBytes)));
        }
        ByteBuffer input = ByteBuffer.wrap(bytes, start, length);
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(input, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return new Line(number, null, Utf8.notUtf8(bytes, input.position(), result.length(), input.position() - lineStart,
                    "line"));
        }
        chars.flip();
        return new Line(number, chars.toString(), null);
    }

    private static boolean startsWithByteOrderMark(byte[] bytes, int offset, int length) {
        return length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB && bytes[offset + 2] == (byte) 0xBF;
    }

    /** Where the line that starts at {@code position} ends: its {@code \n} or {@code \r}, or -1 when not in the buffer. */
    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Moves past the line ending at {@code end}; a {@code \n} after a {@code \r} is skipped with it. */
    private void endLineAt(int end) {
        position = end + 1;
        if (buffer[end] == '\r') {
            if (position < limit) {
                if (buffer[position] == '\n') {
                    position++;
                }
            } else {
                afterCarriageReturn = true; // the \n, if any, is in the next read
            }
        }
    }

    /** Keeps the buffer's bytes from {@code start} to {@code end}, as far as one byte over the limit. */
    private void gather(int start, int end) {
        int room = maxLineBytes + 1 - gatheredLength;
        int count = Math.min(end - start, room);
        if (count <= 0) {
            return;
        }
        if (gatheredLength + count > gathered.length) {
            long grown = Math.max(gatheredLength + count, 2L * gathered.length);
            gathered = Arrays.copyOf(gathered, (int) Math.min(grown, maxLineBytes + 1L));
        }
        System.arraycopy(buffer, start, gathered, gatheredLength, count);
        gatheredLength += count;
    }

    /** Reads more of the stream into the buffer; false at its end, without asking the stream again. */
    private boolean fill() throws IOException {
        if (ended) {
            position = 0;
            limit = 0;
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        ended = read < 0;
        return read > 0;
    }
}
