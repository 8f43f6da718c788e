package org.excuseengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LineReaderTest {
    @Test
    void aLineThatIsNotUtf8IsReportedInItsPlaceAndTheNextLinesAreRead() throws IOException {
        byte[] input = bytes("first\n", new byte[] {'a', (byte) 0xC3, 0x28, '\n'}, "third\n", new byte[] {(byte) 0xFF}, "\nlast");

        List<Utf8LineReader.Line> lines = readAll(input, 100);

        assertEquals(List.of(
                new Utf8LineReader.Line(1, "first", null),
                new Utf8LineReader.Line(2, null, "expected UTF-8 text, but byte 0xC3 at offset 1 of the line is not valid UTF-8"),
                new Utf8LineReader.Line(3, "third", null),
                new Utf8LineReader.Line(4, null, "expected UTF-8 text, but byte 0xFF at offset 0 of the line is not valid UTF-8"),
                new Utf8LineReader.Line(5, "last", null)), lines);
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreNotPartOfTheText() throws IOException {
        byte[] input = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"a\":1}\r\n\r\n最近資金緊張\r\n");

        List<String> texts = readAll(input, 100).stream().map(Utf8LineReader.Line::text).toList();

        assertEquals(List.of("{\"a\":1}", "", "最近資金緊張"), texts);
    }

    @Test
    void aLoneCarriageReturnEndsALineAsLfAndCrlfDo() throws IOException {
        byte[] input = bytes("one\rtwo\r\nthree\nfour\r\rsix\r");

        List<String> texts = readAll(input, 100).stream().map(Utf8LineReader.Line::text).toList();

        assertEquals(List.of("one", "two", "three", "four", "", "six"), texts);
    }

    @Test
    void aCrlfSplitAcrossTwoReadsIsOneLineEnd() throws IOException {
        // The \r is the last byte of the 64 KiB read buffer, its \n the first of the next read.
        String first = "x".repeat(64 * 1024 - 1);

        List<String> texts = readAll(bytes(first + "\r\nsecond"), 100_000).stream().map(Utf8LineReader.Line::text).toList();

        assertEquals(List.of(first, "second"), texts);
    }

    @Test
    void linesLongerThanTheReadBufferAreWholeEvenWhenACharacterStraddlesIt() throws IOException {
        // The first 資 (three bytes) starts two bytes before the end of the 64 KiB read buffer.
        String longLine = "x".repeat(64 * 1024 - 2) + "資".repeat(30_000);

        List<Utf8LineReader.Line> lines = readAll(bytes(longLine + "\n" + longLine), 200_000);

        assertEquals(List.of(new Utf8LineReader.Line(1, longLine, null), new Utf8LineReader.Line(2, longLine, null)), lines);
    }

    @Test
    void aLineOverTheLimitIsSkippedUnreadAndTheNextIsRead() throws IOException {
        byte[] input = bytes("x".repeat(10) + "\r\n", "y".repeat(11) + "\n", "z".repeat(200_000) + "\n", "ok");

        List<Utf8LineReader.Line> lines = readAll(input, 10);

        assertEquals("x".repeat(10), lines.get(0).text());
        assertEquals("the line is longer than 10 bytes; it was not read", lines.get(1).problem());
        assertEquals("the line is longer than 10 bytes; it was not read", lines.get(2).problem());
        assertEquals(new Utf8LineReader.Line(4, "ok", null), lines.get(3));
    }

    @Test
    void anEmptyStreamHasNoLinesAndAFinalNewlineEndsTheLastOne() throws IOException {
        assertNull(new Utf8LineReader(new ByteArrayInputStream(new byte[0]), 10).next());
        assertEquals(List.of(new Utf8LineReader.Line(1, "", null)), readAll(bytes("\n"), 10));
    }

    private static List<Utf8LineReader.Line> readAll(byte[] input, int maxLineBytes) throws IOException {
        Utf8LineReader reader = new Utf8LineReader(new ByteArrayInputStream(input), maxLineBytes);
        List<Utf8LineReader.Line> lines = new ArrayList<>();
        for (Utf8LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void theEndOfTheStreamIsAskedForOnceEvenWhenTheLastLineHasNoNewline() throws Exception {
        int[] endsSeen = {0};
        java.io.InputStream once = new java.io.ByteArrayInputStream("a\nb".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] bytes, int offset, int length) {
                int read = super.read(bytes, offset, length);
                if (read < 0 && ++endsSeen[0] > 1) {
                    throw new IllegalStateException("asked for more after the end: a terminal would wait for input");
                }
                return read;
            }
        };
        Utf8LineReader reader = new Utf8LineReader(once, 100);

        assertEquals("a", reader.next().text());
        assertEquals("b", reader.next().text());
        assertEquals(null, reader.next());
        assertEquals(null, reader.next());
    }
}
