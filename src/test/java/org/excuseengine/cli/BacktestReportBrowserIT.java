package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.excuseengine.browser.HeadlessChromium;
import org.excuseengine.testing.RulesCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtest report as a reader gets it: a small generated journal backtested with a
 * challenger through the command line, the report opened from disk in headless Chromium (one
 * browser for every check). It opens without console errors, its charts are drawn, every figure
 * on the page equals the metrics file of the same run, the sampled visits' customer names and
 * rebuttals read as written, and it prints.
 */
class BacktestReportBrowserIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;
    private static JsonNode metrics;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void backtestAndOpenTheReport() throws IOException {
        // First, so that -Dbrowser.tests=skip skips before the backtest and a missing browser fails at once.
        chromium = HeadlessChromium.start(1280, 1900);
        Path journal = dir.resolve("journal.jsonl");
        Cli.Run generated = Cli.run("generate", "--customers", "60", "--months", "6", "--seed", "7", "--out", journal.toString());
        assertEquals(ExitCodes.OK, generated.exitCode(), generated.err());
        Path metricsFile = dir.resolve("metrics.json");
        Path report = dir.resolve("report.html");

        Cli.Run run = Cli.run("backtest", journal.toString(), "--challenger", lenientChallenger().toString(),
                "--metrics", metricsFile.toString(), "--report", report.toString(), "--sample", "3");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        metrics = MAPPER.readTree(metricsFile.toFile());
        chromium.driver().get(report.toUri().toString());
    }

    @AfterAll
    static void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theReportOpensWithoutErrorsInTheConsole() {
        assertEquals("Backtest report", chromium.driver().findElement(org.openqa.selenium.By.tagName("h1")).getText());
        assertEquals(List.of(), chromium.consoleProblems());
    }

    @Test
    void everyChartIsDrawnWithASize() {
        List<List<Object>> charts = script("return Array.from(document.querySelectorAll('svg.chart')).map(svg => {"
                + " const box = svg.getBoundingClientRect();"
                + " return [svg.closest('section').id, box.width, box.height, svg.querySelectorAll('rect,polyline,circle').length]; })");
        for (String section : List.of("verdicts", "riskForBroken", "credibilityForGenuine", "profiles", "comparison")) {
            assertTrue(charts.stream().anyMatch(chart -> chart.get(0).equals(section)), "no chart in section " + section);
        }
        for (List<Object> chart : charts) {
            assertTrue(number(chart.get(1)) > 0 && number(chart.get(2)) > 0, "a chart of " + chart.get(0) + " has no size: " + chart);
            assertTrue(number(chart.get(3)) > 0, "a chart of " + chart.get(0) + " draws nothing: " + chart);
        }
        List<List<Object>> keptBars = script("return Array.from(document.querySelectorAll('#verdicts rect.seg-kept'))"
                + ".map(bar => [bar.getBoundingClientRect().width])");
        assertTrue(keptBars.stream().anyMatch(bar -> number(bar.get(0)) > 10), "no kept-in-full bar drawn: " + keptBars);
        List<List<Object>> keptLateBars = script("return Array.from(document.querySelectorAll('#verdicts rect.seg-keptLate'))"
                + ".map(bar => [bar.getBoundingClientRect().width, getComputedStyle(bar).fill])");
        assertTrue(keptLateBars.stream().anyMatch(bar -> number(bar.get(0)) > 1), "no kept-late bar drawn: " + keptLateBars);
        assertTrue(keptLateBars.stream().allMatch(bar -> bar.get(1).equals("rgb(139, 195, 74)")), "kept late not in its colour: " + keptLateBars);
        List<List<Object>> riskByOutcome = script("return Array.from(document.querySelectorAll('#riskForBroken rect[data-metric*=\"/riskByOutcome/\"]'))"
                + ".map(bar => [bar.getAttribute('data-metric'), bar.getBoundingClientRect().height])");
        for (String outcome : List.of("KEPT", "KEPT_LATE", "PARTIAL", "BROKEN")) {
            assertTrue(riskByOutcome.stream().anyMatch(bar -> ((String) bar.get(0)).contains("/riskByOutcome/" + outcome + "/")
                    && number(bar.get(1)) > 1), "no risk-score bar drawn for " + outcome + ": " + riskByOutcome);
        }
    }

    @Test
    void everyFigureOnThePageEqualsTheMetricsFile() {
        List<List<Object>> figures = script("return Array.from(document.querySelectorAll('[data-metric]')).map(e =>"
                + " [e.getAttribute('data-metric'), e.getAttribute('data-value'), e.classList.contains('figure') ? e.textContent : null])");
        List<String> wrong = new ArrayList<>();
        for (List<Object> figure : figures) {
            String pointer = (String) figure.get(0);
            String value = (String) figure.get(1);
            JsonNode node = metrics.at(pointer);
            if (node.isMissingNode() || !sameValue(value, node)) {
                wrong.add(pointer + ": page " + value + ", file " + node);
            } else if (figure.get(2) != null && !figure.get(2).equals(shown((String) figure.get(2), node))) {
                wrong.add(pointer + ": page shows " + figure.get(2) + " for " + node);
            }
        }
        assertEquals(List.of(), wrong);
        // The headline, the bars by verdict, the deciles, the profiles, the rules and the comparison: hundreds of figures.
        assertTrue(figures.size() > 500, "only " + figures.size() + " figures checked");
    }

    @Test
    void eachRocCurveHasAPointPerScoreOfTheMetricsFile() {
        List<List<Object>> curves = script("return Array.from(document.querySelectorAll('polyline[data-metric-points]')).map(line =>"
                + " [line.getAttribute('data-metric-points'), line.points.numberOfItems, line.getBoundingClientRect().width])");
        assertEquals(4, curves.size(), "risk and credibility, champion and challenger: " + curves);
        for (List<Object> curve : curves) {
            assertEquals(metrics.at((String) curve.get(0)).size(), (int) number(curve.get(1)), curve.toString());
            assertTrue(number(curve.get(2)) > 50, "a curve drawn too small: " + curve);
        }
    }

    @Test
    void theSampledVisitsShowCustomerNamesExcusesAndRebuttalsAsWritten() {
        JsonNode sample = metrics.at("/comparison/sample");
        List<List<Object>> shown = script("return Array.from(document.querySelectorAll('article.moved')).map(visit =>"
                + " [visit.querySelector('.customer').textContent, visit.querySelector('blockquote').textContent,"
                + " Array.from(visit.querySelectorAll('.rebuttal')).map(p => p.textContent)])");
        assertEquals(sample.size(), shown.size());
        for (int i = 0; i < sample.size(); i++) {
            JsonNode visit = sample.get(i);
            assertEquals(visit.get("customerName").asText(), shown.get(i).get(0));
            assertEquals(visit.at("/excuses/0").asText(), shown.get(i).get(1));
            assertEquals(List.of(visit.at("/champion/rebuttal").asText(), visit.at("/challenger/rebuttal").asText()), shown.get(i).get(2));
        }
    }

    @Test
    void theReportPrints() {
        Map<String, Object> pdf = chromium.driver().executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 20_000, "a nearly empty PDF: " + bytes.length + " bytes");
    }

    /** The shipped rules with one scorecard row softened: an excuse heard once before loses 5, not 10. */
    private static Path lenientChallenger() {
        String row = "an excuse heard once before in 90 days loses 10,,REPEATED_90,1,,-10,";
        return RulesCopy.of(Path.of("rules"), dir.resolve("challenger"))
                .edit("sheets/credibility-scorecard.drl.csv", row, row.replace(",-10,", ",-5,")).root();
    }

    private static boolean sameValue(String value, JsonNode node) {
        if (node.isNull()) {
            return value.equals("null");
        }
        return node.isNumber() ? new BigDecimal(value).compareTo(node.decimalValue()) == 0 : value.equals(node.asText());
    }

    /** What the page should show for a figure of the file, in the form the page chose (a share, an AUC, a count). */
    private static String shown(String onPage, JsonNode node) {
        if (node.isNull()) {
            return "–";
        }
        if (onPage.endsWith("%")) {
            return String.format(Locale.ROOT, "%.1f%%", node.doubleValue() * 100);
        }
        if (onPage.matches("\\d\\.\\d{3}")) {
            return String.format(Locale.ROOT, "%.3f", node.doubleValue());
        }
        if (onPage.matches("\\d+\\.\\d")) {
            return String.format(Locale.ROOT, "%.1f", node.doubleValue());
        }
        return String.format(Locale.ROOT, "%,d", node.decimalValue().setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> script(String script) {
        return (List<List<Object>>) chromium.driver().executeScript(script);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
