package org.excuseengine.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.service.ExcuseService;
import org.excuseengine.service.ServiceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /}, in Debian's Chromium: a salesperson picks a shipped example visit, or
 * types an excuse, submits, and reads the same verdict and rebuttal the API gives for that visit.
 * The service runs for real, with a token, as it would beyond loopback.
 */
class TryVisitPageBrowserIT {
    private static final String TOKEN = "a-token-for-the-page-browser-test";
    /** A phone's width: the page must work there. */
    private static final int PHONE_WIDTH = 412;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExcuseService service;
    private static URI base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeAll
    static void startService() throws Exception {
        HeadlessChromium.requireAvailable();
        service = ExcuseService.start(ServiceConfig.builder().port(0).token(TOKEN).build(),
                () -> ExcuseEngine.builder(Path.of("rules")).build());
        service.awaitRules();
        base = URI.create("http://127.0.0.1:" + service.address().getPort() + "/");
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @BeforeEach
    void openPage() throws IOException {
        chromium = HeadlessChromium.start(PHONE_WIDTH, 915);
        browser = chromium.driver();
        browser.get(base.toString());
        until(() -> browser.findElements(By.cssSelector("#example option")).size() > 1);
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aShippedExampleShowsTheVerdictAndRebuttalTheApiGives() throws Exception {
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        pickExample("V-1001");
        JsonNode visit = example("V-1001");
        assertEquals(visit.path("customer").path("name").asText(),
                browser.findElement(By.name("customer.name")).getDomProperty("value"));

        submit();

        JsonNode expected = assess(visit);
        // What docs/service.md shows for this visit: tight cash heard once before is doubtful.
        assertEquals("DOUBTFUL", expected.path("verdict").asText());
        assertEquals("tight-cash.doubtful", expected.path("excuses").path(0).path("rebuttal").path("id").asText());
        assertShows(expected);
        assertEquals("zh-Hant", rebuttals().get(0).getDomAttribute("lang"));
        assertEquals("TIGHTEN", text("result-escalation"));
        assertExplains(expected);
        assertFitsThePhone();
        assertEquals(List.of(), chromium.consoleProblems());
        saveScreenshot();
    }

    @Test
    void anExcuseTypedByHandIsJudgedAsTheApiJudgesIt() throws Exception {
        pickExample("V-2026-002");
        browser.findElement(By.cssSelector("[data-add=excuses]")).click();
        List<WebElement> excuses = browser.findElements(By.cssSelector("#excuses textarea"));
        WebElement typed = excuses.get(excuses.size() - 1);
        assertEquals(typed, browser.switchTo().activeElement(), "the new excuse has the focus");
        typed.sendKeys("上批貨品質有問題，退了好幾箱");
        new Select(browser.findElements(By.cssSelector("#excuses select")).get(excuses.size() - 1))
                .selectByValue("QUALITY");

        submit();
        assertTrue(text("result-error").contains("bearer token"), text("result-error"));
        assertFalse(browser.findElement(By.id("result-body")).isDisplayed(), "no answer is shown after a refusal");

        browser.findElement(By.id("token")).sendKeys(TOKEN);
        submit();

        ObjectNode visit = example("V-2026-002").deepCopy();
        ((ArrayNode) visit.withArray("excuses")).add(JSON.createObjectNode()
                .put("text", "上批貨品質有問題，退了好幾箱").put("category", "QUALITY").set("evidence", JSON.createArrayNode()));
        JsonNode expected = assess(visit);
        assertEquals(2, expected.path("excuses").size());
        assertShows(expected);
        assertExplains(expected);
        // The one refusal above is the only complaint in the console.
        List<String> problems = chromium.consoleProblems();
        assertTrue(problems.stream().allMatch(problem -> problem.contains("401")), problems.toString());
    }

    private void pickExample(String visitId) {
        Select examples = new Select(browser.findElement(By.id("example")));
        examples.getOptions().stream().filter(option -> option.getText().startsWith(visitId + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no example " + visitId + " on the page")).click();
        browser.findElement(By.id("fill")).click();
        until(() -> visitId.equals(browser.findElement(By.name("visitId")).getDomProperty("value")));
    }

    private void submit() {
        browser.findElement(By.id("assess")).click();
        until(() -> "done".equals(browser.findElement(By.id("result")).getDomAttribute("data-state")));
    }

    /** The page shows the API's verdict, and each excuse's verdict and rebuttal, and its JSON is the API's answer. */
    private void assertShows(JsonNode expected) throws IOException {
        assertEquals(expected.path("verdict").asText(), text("result-verdict"));
        List<String> verdicts = new ArrayList<>();
        List<String> rebuttals = new ArrayList<>();
        for (JsonNode excuse : expected.path("excuses")) {
            verdicts.add(excuse.path("verdict").asText());
            rebuttals.add(excuse.path("rebuttal").path("text").asText());
        }
        assertEquals(verdicts, browser.findElements(By.cssSelector("#result-excuses .badge")).stream()
                .map(WebElement::getText).toList());
        assertEquals(rebuttals, rebuttals().stream().map(WebElement::getText).toList());
        JsonNode shown = JSON.readTree(browser.findElement(By.id("result-json")).getDomProperty("textContent"));
        assertTrue(expected.equals(TryVisitPageBrowserIT::sameValue, shown), "the JSON shown is the API's answer: " + shown);
    }

    /** Every rule the assessment says fired is listed with its place in the rules folder. */
    private void assertExplains(JsonNode expected) {
        Set<String> fired = new TreeSet<>();
        expected.path("rulesFired").forEach(rule -> fired.add(rule.asText()));
        Set<String> shown = new TreeSet<>();
        browser.findElements(By.cssSelector("#result-firings .rule")).forEach(rule -> shown.add(rule.getText()));
        assertEquals(fired, shown);
        browser.findElements(By.cssSelector("#result-firings .where"))
                .forEach(where -> assertTrue(where.getText().matches("[\\w/.-]+:\\d+"), where.getText()));
    }

    /** JSON values are equal, numbers by value: a script writes 1.0 back as 1. */
    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    private void assertFitsThePhone() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "the page scrolls sideways at phone width");
        assertNothingSticksOut("at phone width");
    }

    /** No control or text pokes out of the box it sits in (a long option can widen a select past its panel). */
    private void assertNothingSticksOut(String when) {
        Object outside = browser.executeScript("return Array.from(document.querySelectorAll("
                + "'.panel input, .panel select, .panel button, fieldset input, fieldset select, fieldset button'))"
                + ".filter(e => e.getBoundingClientRect().right > e.parentElement.closest('.panel, fieldset')"
                + ".getBoundingClientRect().right + 1).map(e => e.id || e.name || e.textContent.trim());");
        assertEquals(List.of(), outside, "sticking out of their box " + when);
    }

    private List<WebElement> rebuttals() {
        return browser.findElements(By.cssSelector("#result-excuses .rebuttal"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void until(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> condition.getAsBoolean());
    }

    private static ObjectNode example(String visitId) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(Path.of("examples/visit.json"))));
        lines.addAll(Files.readAllLines(Path.of("examples/visits.jsonl")));
        for (String line : lines) {
            if (!line.isBlank() && JSON.readTree(line).path("visitId").asText().equals(visitId)) {
                return (ObjectNode) JSON.readTree(line);
            }
        }
        throw new AssertionError("no example visit " + visitId);
    }

    /** What the API answers for {@code visit}, as the page's script would ask. */
    private static JsonNode assess(JsonNode visit) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base.resolve("/v1/assessments"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(withoutOutcome(visit)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    /** The page has no field for what the customer later paid: it sends visits without one. */
    private static JsonNode withoutOutcome(JsonNode visit) {
        ObjectNode copy = visit.deepCopy();
        copy.remove("outcome");
        return copy;
    }

    /**
     * The whole page with its answer, as a PNG: always under target/, and also at the path in
     * {@code -Dpage.screenshot=…} (how docs/images/try-a-visit.png is made).
     */
    private void saveScreenshot() throws IOException {
        // At desktop width the answer sits beside the form; the viewport is made tall enough for both.
        int width = 1400;
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        for (int pass = 0; pass < 2; pass++) {
            Number height = (Number) browser.executeScript("return Math.max(document.documentElement.scrollHeight,"
                    + " document.getElementById('result').scrollHeight + 60);");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", false));
        }
        assertNothingSticksOut("at desktop width");
        browser.executeScript("window.scrollTo(0, 0);");
        // The top of the page: the form beside the verdict, the rebuttal, the escalation and the
        // amounts; the list of rules that fired runs on below it.
        Map<String, Object> top = Map.of("x", 0, "y", 0, "width", width, "height", 1300, "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "clip", top));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/try-a-visit.png"), png);
        String wanted = System.getProperty("page.screenshot");
        if (wanted != null && !wanted.isBlank()) {
            Files.write(Path.of(wanted), png);
        }
    }
}
