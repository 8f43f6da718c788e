package org.excuseengine.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a whole document. {@code new String(bytes, UTF_8)} would put U+FFFD
 * in place of bad bytes, and a corrupt record would then be judged as if the customer had
 * written that.
 */
final class Utf8 {
    private Utf8() {}

    /** The text of {@code bytes}; an {@link InvalidVisitException} naming the first bad byte if they are not UTF-8. */
    static String decode(byte[] bytes) {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input);
            return text.toString();
        } catch (MalformedInputException e) {
            throw new InvalidVisitException(null, "/: " + notUtf8(bytes, input.position(), e.getInputLength(),
                    input.position(), "document"));
        } catch (CharacterCodingException e) {
            throw new InvalidVisitException(null, "/: expected UTF-8 text: " + e);
        }
    }

    /** What is wrong with the {@code count} bytes at {@code at}, which stand at {@code offset} of their {@code whole}. */
    static String notUtf8(byte[] bytes, int at, int count, int offset, String whole) {
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < at + count; i++) {
            shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return "expected UTF-8 text, but " + (count == 1 ? "byte " : "bytes ") + shown + " at offset " + offset
                + " of the " + whole + (count == 1 ? " is" : " are") + " not valid UTF-8";
    }
}
