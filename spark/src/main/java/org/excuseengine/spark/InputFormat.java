package org.excuseengine.spark;

import java.util.Locale;

/** How the job's input is written: JSON lines, CSV with a header row, or Parquet. */
enum InputFormat {
    JSONL, CSV, PARQUET;

    /** From the path's extension; JSON lines when it does not tell. */
    static InputFormat of(String path) {
        String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        return JSONL;
    }
}
