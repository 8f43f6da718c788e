package org.excuseengine.replay.journal;

import java.nio.file.Path;
import java.util.Locale;

/** How a journal is written: one JSON event a line, or CSV with a header row. */
public enum JournalFormat {
    JSONL, CSV;

    /** The format a file's name suggests: CSV for {@code .csv}, JSONL for anything else. */
    public static JournalFormat of(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
    }
}
