package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Category;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.EscalationLevel;
import org.excuseengine.model.Reason;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule sheets decide as the DRL rules they replaced did, under the same rule names, whether
 * kept as CSV (shipped) or as an Excel workbook (made here from the CSV with POI).
 */
class RuleSheetsTest {
    private static final List<String> SHEETS = List.of("sheets/thresholds.drl.csv", "sheets/credibility-scorecard.drl.csv",
            "sheets/verdict-bands.drl.csv", "sheets/risk-scorecard.drl.csv", "sheets/risk-bands.drl.csv", "sheets/history-terms.drl.csv");

    private static Path temp;
    private static RulesCopy workbookRules;
    private static ExcuseEngine workbookEngine;

    @BeforeAll
    static void buildAnEngineOnWorkbooks() throws IOException {
        temp = Files.createTempDirectory("rule-sheets");
        workbookRules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("workbooks"))).withoutScenarios();
        for (String sheet : SHEETS) {
            Path csv = workbookRules.file(sheet);
            writeWorkbook(Files.readString(csv, StandardCharsets.UTF_8), workbookRules.file(sheet.replace(".drl.csv", ".drl.xlsx")));
            Files.delete(csv);
        }
        workbookEngine = ExcuseEngine.fromRules(workbookRules.root());
    }

    @AfterAll
    static void close() {
        workbookEngine.close();
    }

    /** The engines are shared by the whole class, so the parameterized tests must not close them. */
    static Stream<Arguments> engines() {
        return Stream.of(Arguments.of("csv", SharedEngine.get()), Arguments.of("xlsx", workbookEngine));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void twoBrokenPromisesIn90DaysBringInTheManagerUnderTheOldRuleNames(String kind, ExcuseEngine engine) {
        Assessment assessment = engine.assess(aVisit().brokenPromise(20, 10_000).brokenPromise(40, 10_000).build());

        assertTrue(assessment.rulesFired().contains("a promise broken in the last 90 days tightens the follow-up"));
        assertTrue(assessment.rulesFired().contains("two promises broken in the last 90 days bring in the sales manager"));
        assertEquals(EscalationLevel.MANAGER, assessment.escalation().level());
        assertTrue(assessment.escalation().reasons().contains(new Reason(
                "two promises broken in the last 90 days bring in the sales manager", "2 promises broken in 90 days")));
        assertTrue(assessment.escalation().reasons().contains(new Reason(
                "a promise broken in the last 90 days tightens the follow-up", "2 promise(s) broken in 90 days")));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void aCustomerRatedDWhoKeepsBreakingPromisesOnAnOldDebtGoesToLegal(String kind, ExcuseEngine engine) {
        Assessment assessment = engine.assess(aVisit().rated(CreditRating.D).overdue(50_000, 200)
                .brokenPromise(30, 5_000).brokenPromise(60, 5_000).brokenPromise(100, 5_000).build());

        assertEquals(EscalationLevel.LEGAL, assessment.escalation().level());
        assertTrue(assessment.escalation().reasons().contains(new Reason(
                "a customer rated D who keeps breaking promises on an old debt goes to legal",
                "rating D, 200 days overdue, 3 promises broken in 180 days")));
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void theSameCustomerRatedCDoesNotGoToLegal(String kind, ExcuseEngine engine) {
        Assessment assessment = engine.assess(aVisit().rated(CreditRating.C).overdue(50_000, 200)
                .brokenPromise(30, 5_000).brokenPromise(60, 5_000).brokenPromise(100, 5_000).build());

        assertEquals(EscalationLevel.CREDIT_HOLD, assessment.escalation().level());
    }

    @Test
    void anExcuseNoRuleJudgedGetsItsCategorysDoubtfulRebuttalFromTheSheet() throws IOException {
        // Without the competitor rules, nothing judges a competitor excuse: the sheet answers it.
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("no-competitor-rules"))).withoutScenarios();
        Files.delete(rules.file("credibility/competitor-took-funds.drl"));
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            Assessment assessment = engine.assess(aVisit().says(Category.COMPETITOR_TOOK_FUNDS).build());

            assertEquals("competitor-took-funds.doubtful", assessment.excuses().get(0).rebuttal().id());
            assertTrue(assessment.rulesFired().contains("an excuse no rule could judge gets its category's doubtful rebuttal"));
            assertTrue(assessment.rulesFired().contains(
                    "an unjudged competitor-took-funds excuse gets the competitor-took-funds doubtful rebuttal"));
        }
    }

    @Test
    void aBadCellInAWorkbookIsReportedAtItsRowAndColumn() throws IOException {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("bad-workbook"))).withoutScenarios();
        Path csv = rules.file("sheets/thresholds.drl.csv");
        writeWorkbook(Files.readString(csv, StandardCharsets.UTF_8).replace(",MANAGER,2,", ",MANAGR,2,"),
                rules.file("sheets/thresholds.drl.xlsx"));
        Files.delete(csv);

        RuleCheck.Report report = RuleCheck.run(rules.root(), engine -> List.of());

        // Row 11 is the table's second rule; column 7 (G) its escalation level.
        RuleCheckTest.assertHas(report, rules, "sheets/thresholds.drl.xlsx", 11, 7, RuleProblem.Severity.ERROR, "G11");
    }

    /**
     * A workbook with the cells of a CSV decision table. Where the CSV spans a pattern over several
     * columns by ending each cell with "...", the workbook merges those cells instead, as a person
     * would in a spreadsheet.
     */
    static void writeWorkbook(String csv, Path xlsx) throws IOException {
        CsvLineParser parser = new CsvLineParser();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("rules");
            String[] lines = csv.split("\r?\n");
            for (int r = 0; r < lines.length; r++) {
                List<String> cells = parser.parse(lines[r]);
                Row row = sheet.createRow(r);
                int spanStart = -1;
                for (int c = 0; c <= cells.size(); c++) {
                    String value = c < cells.size() ? cells.get(c) : "";
                    boolean spanned = value.endsWith("...");
                    if (spanStart >= 0 && (!spanned || !value.equals(cells.get(spanStart)))) {
                        if (c - 1 > spanStart) {
                            sheet.addMergedRegion(new CellRangeAddress(r, r, spanStart, c - 1));
                        }
                        spanStart = -1;
                    }
                    if (spanned && spanStart < 0) {
                        spanStart = c;
                        row.createCell(c).setCellValue(value.substring(0, value.length() - 3));
                    } else if (spanned) {
                        row.createCell(c);   // blank, but there: Drools reads a merged region cell by cell
                    } else if (c < cells.size() && !value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
