package org.excuseengine.replay;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: figures aligned right, the one column of words (a label or a name) aligned left. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean wordsLast;

    private TextTable(boolean wordsLast) {
        this.wordsLast = wordsLast;
    }

    /** A table whose first column labels each row. */
    static TextTable labelledFirst() {
        return new TextTable(false);
    }

    /** A table whose last column names each row (rule names, which are long). */
    static TextTable labelledLast() {
        return new TextTable(true);
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
                boolean left = wordsLast ? i == columns - 1 : i == 0;
                String cell = row[i];
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(left ? cell + padding : padding + cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
