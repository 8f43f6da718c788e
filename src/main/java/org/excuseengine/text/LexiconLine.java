package org.excuseengine.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One meaningful line of a lexicon file: its text without comments, the {@code [section]} it sits
 * under (lower case, empty before the first one), and where it is, for error messages.
 */
record LexiconLine(Path file, int number, String section, String text) {

    /** Reads a UTF-8 lexicon file, leaving out blank lines, comments and section headers. */
    static List<LexiconLine> read(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new LexiconException(file, "is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new LexiconException(file, "cannot be read", e);
        }
        List<LexiconLine> lines = new ArrayList<>();
        String section = "";
        for (int i = 0; i < raw.size(); i++) {
            String text = withoutComment(raw.get(i)).strip();
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]") && !text.contains("/")) {
                section = text.substring(1, text.length() - 1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            lines.add(new LexiconLine(file, i + 1, section, text));
        }
        return lines;
    }

    /** {@code #} starts a comment at the beginning of a line or after a blank. */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** An error about this line. */
    LexiconException error(String problem) {
        return new LexiconException(file, number, problem + " (line: \"" + text + "\")");
    }
}
