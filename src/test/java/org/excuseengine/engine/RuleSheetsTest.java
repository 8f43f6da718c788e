package org.excuseengine.engine;

import static org.excuseengine.testing.VisitBuilder.aVisit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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
import org.excuseengine.model.ExcuseAssessment;
import org.excuseengine.model.Reason;
import org.excuseengine.model.RiskLevel;
import org.excuseengine.model.ScorePoints;
import org.excuseengine.model.TicketKind;
import org.excuseengine.model.Verdict;
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

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void aTicketBackedComplaintIsScoredByTheScorecardSheetAndBandedCredible(String kind, ExcuseEngine engine) {
        Assessment assessment = engine.assess(aVisit().rated(CreditRating.A).openTicket(TicketKind.QUALITY, 5)
                .says(Category.QUALITY).build());
        ExcuseAssessment excuse = assessment.excuses().get(0);

        assertEquals(List.of(
                new ScorePoints("a quality, after-sales or promotion-support complaint starts at 40", 40, "quality excuse"),
                new ScorePoints("an open ticket of the complaint's kind adds 35", 35, "quality ticket open since 2026-03-10"),
                new ScorePoints("a customer rated A is given 10 points of benefit of the doubt", 10, "credit rating A"),
                new ScorePoints("no promise record gives no credit for a clean one", 0,
                        "no promise fell due in 180 days: unknown, not clean")), excuse.points());
        assertEquals(85, excuse.score());
        assertEquals(Verdict.CREDIBLE, excuse.verdict());
        assertTrue(assessment.rulesFired().contains("a credibility score of 60 or more is credible"));
        assertEquals("quality.credible", excuse.rebuttal().id());
    }

    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void brokenPromisesTakeTheSheetsPointsFromTightCashAndRaiseTheRiskBand(String kind, ExcuseEngine engine) {
        Assessment assessment = engine.assess(aVisit().rated(CreditRating.D)
                .brokenPromise(20, 10_000).brokenPromise(40, 10_000).says(Category.TIGHT_CASH).build());
        ExcuseAssessment excuse = assessment.excuses().get(0);

        // 50 prior - 5 rated D - 15 - 15 two broken in 90 days - 5 broken in 180 days
        assertEquals(10, excuse.score());
        assertEquals(Verdict.NOT_CREDIBLE, excuse.verdict());
        assertTrue(excuse.points().contains(new ScorePoints(
                "two or more promises broken in 90 days take 15 more", -15, "2 promise(s) broken in 90 days")));
        assertTrue(assessment.rulesFired().contains("a credibility score below 35 is not credible"));
        assertEquals(RiskLevel.HIGH, assessment.risk().level());
        assertTrue(assessment.risk().reasons().contains(new Reason(
                "a promise broken in the last year adds 10", "+10: 2 promise(s) broken in a year")));
        assertTrue(assessment.rulesFired().contains("a payment-risk score of 60 or more is high"));
    }

    @Test
    void promisesAreGradedWithTheHistoryTermsOfTheSheet() throws IOException {
        // Paid in full 10 days after it fell due: kept late under the shipped 3 grace and 30 late days,
        // broken once the sheet allows no late days.
        var paidLate = aVisit().promise(40, BigDecimal.valueOf(10_000), BigDecimal.ZERO).payment(30, 10_000)
                .says(Category.PAYING_SOON).build();
        assertTrue(SharedEngine.get().assess(paidLate).excuses().get(0).points().stream()
                .anyMatch(line -> line.rule().equals("promises paid late take 15 from paying soon")));

        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("no-late-days"))).withoutScenarios();
        rules.edit("sheets/history-terms.drl.csv", ",A B C D,3,30,0.98,", ",A B C D,3,0,0.98,");
        try (ExcuseEngine engine = ExcuseEngine.fromRules(rules.root())) {
            List<ScorePoints> points = engine.assess(paidLate).excuses().get(0).points();

            assertTrue(points.stream().noneMatch(line -> line.rule().equals("promises paid late take 15 from paying soon")), points.toString());
            assertTrue(points.contains(new ScorePoints("a promise broken in 90 days takes 25 from paying soon", -25,
                    "1 promise(s) broken in 90 days")), points.toString());
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
