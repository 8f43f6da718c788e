package org.excuseengine.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * A decision table as its author wrote it (a {@code .drl.csv} or {@code .drl.xlsx} file), the DRL
 * that Drools generates from it, and the way back from a generated line to the sheet's cell.
 *
 * <p>Drools reports a sheet's problems at lines of the DRL it generated, which the author never
 * sees. The generator writes {@code // rule values at A10, header at A5} before each rule, so a
 * generated line maps to the row of the rule around it; the column is the cell of that row whose
 * value (or whose column's code with the value filled in) the problem is about.
 */
final class SheetSource {
    private static final Pattern RULE_COMMENT = Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern CELL_NAME = Pattern.compile("\\b(?:cell|at) ([A-Z]{1,3})(\\d+)\\b");
    /** Rows below a table's {@code RuleTable} cell: the NAME/CONDITION/ACTION row, object types, code, labels. */
    private static final int CODE_ROW_BELOW_HEADER = 3;

    /** A cell, 1-based, as a spreadsheet shows it: row 12, column 3 is C12. */
    record Cell(int row, int column) {
        static final Cell UNKNOWN = new Cell(0, 0);

        String name() {
            return row == 0 ? "" : columnLetters(column) + row;
        }
    }

    private final List<List<String>> grid;
    private final String drl;
    private final String conversionError;

    private SheetSource(List<List<String>> grid, String drl, String conversionError) {
        this.grid = grid;
        this.drl = drl;
        this.conversionError = conversionError;
    }

    static boolean isSheet(String path) {
        return path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx");
    }

    static SheetSource read(String path, byte[] content) {
        boolean csv = path.endsWith(".csv");
        List<List<String>> grid;
        try {
            grid = csv ? csvGrid(content) : workbookGrid(content);
        } catch (IOException | RuntimeException e) {
            return new SheetSource(List.of(), null, "cannot read the spreadsheet: " + e.getMessage());
        }
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), csv ? InputType.CSV : InputType.XLS);
            return new SheetSource(grid, drl, null);
        } catch (RuntimeException e) {
            return new SheetSource(grid, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The generated DRL, empty when the sheet could not be turned into rules (see {@link #conversionError()}). */
    Optional<String> drl() {
        return Optional.ofNullable(drl);
    }

    Optional<String> conversionError() {
        return Optional.ofNullable(conversionError);
    }

    /** The cell a message names itself ("... in cell B8"), if it does. */
    static Optional<Cell> cellNamedIn(String message) {
        Matcher matcher = CELL_NAME.matcher(message);
        return matcher.find()
                ? Optional.of(new Cell(Integer.parseInt(matcher.group(2)), columnNumber(matcher.group(1))))
                : Optional.empty();
    }

    /**
     * The cell behind a problem at {@code line} (1-based) and {@code column} (0-based, or -1 when
     * unknown) of the generated DRL, told by the problem's {@code message}. A problem outside any
     * rule maps to {@link Cell#UNKNOWN}; one that no single cell explains maps to the rule's first cell.
     */
    Cell cellOf(int line, int column, String message) {
        RuleRows rows = ruleRowsAt(line);
        if (rows == null) {
            return cellNamedIn(message).orElse(Cell.UNKNOWN);
        }
        String generated = generatedLine(line);
        List<String> values = row(rows.valuesRow);
        List<String> code = row(rows.headerRow + CODE_ROW_BELOW_HEADER);
        Integer found = null;
        if (column >= 0) {
            found = valueCovering(values, rows.firstColumn, generated, column);
        }
        if (found == null) {
            found = filledCodeIn(values, code, rows.firstColumn, message);
        }
        if (found == null) {
            found = valueNamedIn(values, rows.firstColumn, message);
        }
        return new Cell(rows.valuesRow, found != null ? found + 1 : rows.firstColumn + 1);
    }

    /** The cell of the rule generated at {@code line} whose value contains {@code text}, else the rule's first cell. */
    Cell cellContaining(int line, String text) {
        RuleRows rows = ruleRowsAt(line);
        if (rows == null) {
            return Cell.UNKNOWN;
        }
        List<String> values = row(rows.valuesRow);
        for (int c = rows.firstColumn; c < values.size(); c++) {
            if (values.get(c).contains(text)) {
                return new Cell(rows.valuesRow, c + 1);
            }
        }
        return new Cell(rows.valuesRow, rows.firstColumn + 1);
    }

    /** Where the values of one generated rule are: its row, the table's header row, the table's first column (0-based). */
    private record RuleRows(int valuesRow, int headerRow, int firstColumn) {}

    private RuleRows ruleRowsAt(int line) {
        if (drl == null || line <= 0) {
            return null;
        }
        String[] lines = drl.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher matcher = RULE_COMMENT.matcher(lines[i]);
            if (matcher.find()) {
                return new RuleRows(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(4)),
                        columnNumber(matcher.group(1)) - 1);
            }
            if (lines[i].startsWith("end") && i < line - 1) {
                return null;   // between two rules: the package header or a gap
            }
        }
        return null;
    }

    private String generatedLine(int line) {
        String[] lines = drl.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** The column whose value the generated line holds at {@code column}. */
    private static Integer valueCovering(List<String> values, int first, String generated, int column) {
        for (int c = first; c < values.size(); c++) {
            String value = values.get(c).strip();
            for (int at = value.isEmpty() ? -1 : generated.indexOf(value); at >= 0; at = generated.indexOf(value, at + 1)) {
                if (column >= at && column <= at + value.length()) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The column whose code, with this row's value filled in, the message quotes (e.g. "brokn >= 1"). */
    private static Integer filledCodeIn(List<String> values, List<String> code, int first, String message) {
        for (int c = first; c < values.size() && c < code.size(); c++) {
            String value = values.get(c).strip();
            if (!value.isEmpty() && code.get(c).contains("$param")
                    && message.contains(code.get(c).strip().replace("$param", value))) {
                return c;
            }
        }
        return null;
    }

    /** The column whose value the message names as a whole word, the longest such value first. */
    private static Integer valueNamedIn(List<String> values, int first, String message) {
        Integer best = null;
        for (int c = first + 1; c < values.size(); c++) {
            String value = values.get(c).strip();
            if (!value.isEmpty() && (best == null || value.length() > values.get(best).strip().length())
                    && Pattern.compile("(?<![\\w.])" + Pattern.quote(value) + "(?!\\w)").matcher(message).find()) {
                best = c;
            }
        }
        return best;
    }

    private List<String> row(int row) {
        return row >= 1 && row <= grid.size() ? grid.get(row - 1) : List.of();
    }

    private static List<List<String>> csvGrid(byte[] content) {
        CsvLineParser parser = new CsvLineParser();
        List<List<String>> grid = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\r?\n", -1)) {
            grid.add(parser.parse(line));
        }
        return grid;
    }

    private static List<List<String>> workbookGrid(byte[] content) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Map<Integer, List<String>> rows = new HashMap<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.put(row.getRowNum(), cells);
            }
            List<List<String>> grid = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                grid.add(rows.getOrDefault(r, List.of()));
            }
            return grid;
        }
    }

    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    static int columnNumber(String letters) {
        int column = 0;
        for (char letter : letters.toCharArray()) {
            column = column * 26 + (letter - 'A' + 1);
        }
        return column;
    }
}
