package org.excuseengine.replay;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first and last columns aligned left, the figures between aligned right. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean lastColumnIsText;

    /** @param lastColumnIsText true when the last column holds words (rule names) rather than figures */
    TextTable(boolean lastColumnIsText) {
        this.lastColumnIsText = lastColumnIsText;
    }

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    void print(PrintWriter out, String indent) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                boolean left = i == 0 || (lastColumnIsText && i == columns - 1);
                String cell = row[i];
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(left ? cell + padding : padding + cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
