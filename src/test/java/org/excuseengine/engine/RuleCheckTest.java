package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.excuseengine.json.ContractJson;
import org.excuseengine.replay.ScenarioSuite;
import org.excuseengine.testing.RulesCopy;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on copies of the shipped rules broken on purpose: each problem must be reported
 * at the path, line and column where the author has to fix it.
 */
class RuleCheckTest {
    static final RuleCheck.Scenarios SCENARIOS = engine -> new ScenarioSuite(engine, new ContractJson())
            .runAll(engine.rulesDir().resolve("tests")).stream()
            .map(ScenarioSuite.Result::assessment).filter(Objects::nonNull).toList();

    /** The first complaint rule's conditions in credibility/claim.drl: an excuse, then its open ticket. */
    private static final String OPEN_TICKET_RULE = """
                $excuse : Excuse(category.complaint, $index : index)
                MatchingTicket(excuseIndex == $index, $ticket : ticket, ticket.status == TicketStatus.OPEN)
            """;

    @TempDir
    static Path temp;

    /** One copy with many lint problems at once, checked once for all the lint tests. */
    static RulesCopy linted;
    static RuleCheck.Report lints;

    @BeforeAll
    static void checkACopyWithLintProblems() throws Exception {
        linted = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("lints"))).withoutScenarios()
                // Credible excuses of every category get one id no language has a text for, so the
                // credible texts are named by no rule.
                .edit("rebuttal.drl", "slug($category) + \".credible\"", "\"quality.brand-new\"")
                .edit("rebuttals/rebuttals_zh_Hans.properties", "tight-cash.credible=", "tight-cash.credible={date ")
                .edit("rebuttals/rebuttals_en.properties", "tight-cash.doubtful=", "tight-cash.doubtful=Pay {amount} now. ")
                .edit("rebuttals/rebuttals_en.properties", "paying-soon.doubtful=", "paying-soon.doubtful=Pay 50,000 by Friday. ")
                .edit("rebuttals/rebuttals_zh_Hant.properties", "paying-soon.doubtful=", "paying-soon.doubtful=請於三月底前付五萬元,")
                .append("rebuttal.drl", """

                        rule "every judged excuse gets the generic rebuttal"
                        when
                            ExcuseVerdict($index : excuseIndex)
                        then
                            insertLogical(new RebuttalChoice($index, "other.doubtful", drools.getRule().getName()));
                        end
                        """)
                .write("tests/basics.jsonl", scenarioLine());
        lints = RuleCheck.run(linted.root(), SCENARIOS);
    }

    @Test
    void theShippedRulesHaveNoErrorAndAreNamedAsTheUserNamedTheFolder() {
        RuleCheck.Report report = RuleCheck.run(Path.of("rules"), SCENARIOS);

        assertEquals(0, report.errors(), () -> report.problems().toString());
        assertTrue(report.ruleFiles() >= 18);
        report.problems().forEach(problem -> assertTrue(problem.file().startsWith("rules/") || problem.file().equals("rules"),
                problem::toString));
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("syntax"))).withoutScenarios()
                .edit("credibility/claim.drl", OPEN_TICKET_RULE, OPEN_TICKET_RULE.replaceFirst("index\\)\n", "index\n"));
        int brokenLine = rules.lineOf("credibility/claim.drl", "Excuse(category.complaint, $index : index");

        RuleCheck.Report report = RuleCheck.run(rules.root(), SCENARIOS);

        // The parser notices the missing parenthesis at the start of the next line.
        assertHas(report, rules, "credibility/claim.drl", brokenLine + 1, 5, RuleProblem.Severity.ERROR, "mismatched input");
        assertFalse(report.passed());
    }

    @Test
    void anUnknownFactFieldIsReportedAtItsPattern() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("field"))).withoutScenarios()
                .edit("credibility/record.drl", "PromiseRecord(windowDays == 90, broken >= 1, $broken : broken)",
                        "PromiseRecord(windowDays == 90, brokn >= 1, $broken : broken)");
        int line = rules.lineOf("credibility/record.drl", "brokn >= 1");

        RuleCheck.Report report = RuleCheck.run(rules.root(), SCENARIOS);

        assertHas(report, rules, "credibility/record.drl", line, 5, RuleProblem.Severity.ERROR, "brokn");
    }

    @Test
    void aBadSheetCellIsReportedAtTheSheetsRowAndColumnNotTheGeneratedRules() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("sheet"))).withoutScenarios()
                .edit("sheets/thresholds.drl.csv", ",TIGHTEN,3,", ",TIGHTN,3,");

        RuleCheck.Report report = RuleCheck.run(rules.root(), SCENARIOS);

        // Row 10 is the first rule of the table; column 7 (G) is its escalation level.
        RuleProblem problem = assertHas(report, rules, "sheets/thresholds.drl.csv", 10, 7, RuleProblem.Severity.ERROR, "TIGHTN");
        assertTrue(problem.message().contains("G10"), problem::toString);
    }

    @Test
    void aSheetDroolsCannotReadIsAnErrorAtTheCellItNamesAndTheEngineRefusesIt() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("unreadable-sheet"))).withoutScenarios()
                .edit("sheets/verdict-bands.drl.csv", "score >= $param", "");

        RuleCheck.Report report = RuleCheck.run(rules.root(), SCENARIOS);

        assertHas(report, rules, "sheets/verdict-bands.drl.csv", 8, 2, RuleProblem.Severity.ERROR, "No code snippet for CONDITION");
        RuleCompilationException refused = assertThrows(RuleCompilationException.class, () -> ExcuseEngine.fromRules(rules.root()));
        assertTrue(refused.getMessage().contains("sheets/verdict-bands.drl.csv:8:2"), refused::getMessage);
    }

    @Test
    void aRuleNameUsedTwiceIsAnErrorAtBothPlaces() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("duplicate"))).withoutScenarios()
                .append("credibility/repeats.drl", """

                        rule "every excuse starts from its category's prior"
                        when
                            $excuse : Excuse(category == Category.OTHER)
                        then
                            insertLogical(signalOf($excuse, "PRIOR", 1, "a copy"));
                        end
                        """);
        int original = rules.lineOf("credibility/claim.drl", "rule \"every excuse starts from its category's prior\"");
        int copy = rules.lineOf("credibility/repeats.drl", "rule \"every excuse starts from its category's prior\"");

        RuleCheck.Report report = RuleCheck.run(rules.root(), SCENARIOS);

        assertHas(report, rules, "credibility/claim.drl", original, 1, RuleProblem.Severity.ERROR,
                "also at credibility/repeats.drl:" + copy);
        assertHas(report, rules, "credibility/repeats.drl", copy, 1, RuleProblem.Severity.ERROR,
                "also at credibility/claim.drl:" + original);
    }

    @Test
    void aLexiconThatDoesNotLoadIsAnError() throws Exception {
        RulesCopy rules = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("lexicon"))).withoutScenarios()
                .append("lexicon/quality.txt", "\nbroken goods | heavy\n");

        RuleCheck.Report report = RuleCheck.run(rules.root(), SCENARIOS);

        String lexicon = rules.file("lexicon").toString();
        assertTrue(report.problems().stream().anyMatch(p -> p.isError() && p.file().startsWith(lexicon)),
                () -> report.problems().toString());
    }

    @Test
    void aRebuttalIdWithoutATextIsAnErrorWhereTheRuleNamesIt() {
        int line = linted.lineOf("rebuttal.drl", "\"quality.brand-new\"");
        int column = linted.read("rebuttal.drl").split("\n")[line - 1].indexOf("quality.brand-new") + 1;

        RuleProblem problem = assertHas(lints, linted, "rebuttal.drl", line, column, RuleProblem.Severity.ERROR,
                "rebuttal \"quality.brand-new\" has no text in");
        assertTrue(problem.message().contains("rebuttals_en.properties") && problem.message().contains("rebuttals_zh_Hant.properties")
                && problem.message().contains("rebuttals_zh_Hans.properties"), problem::toString);
    }

    @Test
    void aTextNoRuleNamesIsAWarningInEachLanguageFile() {
        for (String language : List.of("en", "zh_Hant", "zh_Hans")) {
            String file = "rebuttals/rebuttals_" + language + ".properties";
            assertHas(lints, linted, file, linted.lineOf(file, "quality.credible="), 1, RuleProblem.Severity.WARNING,
                    "\"quality.credible\" is named by no rule");
        }
    }

    @Test
    void aTextThatIsNotAValidIcuMessageIsAnError() {
        String file = "rebuttals/rebuttals_zh_Hans.properties";
        assertHas(lints, linted, file, linted.lineOf(file, "tight-cash.credible="), 1, RuleProblem.Severity.ERROR,
                "not a valid ICU message");
    }

    @Test
    void aTextNamingAFigureTheEngineDoesNotFillIsAnError() {
        String file = "rebuttals/rebuttals_en.properties";
        assertHas(lints, linted, file, linted.lineOf(file, "tight-cash.doubtful="), 1, RuleProblem.Severity.ERROR,
                "names {amount}, which the engine does not fill");
    }

    @Test
    void aTextThatWritesAnAmountOrADateItselfIsAnError() {
        String en = "rebuttals/rebuttals_en.properties";
        assertHas(lints, linted, en, linted.lineOf(en, "paying-soon.doubtful="), 1, RuleProblem.Severity.ERROR,
                "names \"50,000\" itself: an amount or a date no figure supplies");
        assertHas(lints, linted, en, linted.lineOf(en, "paying-soon.doubtful="), 1, RuleProblem.Severity.ERROR,
                "names \"Friday\" itself");
        String zh = "rebuttals/rebuttals_zh_Hant.properties";
        assertHas(lints, linted, zh, linted.lineOf(zh, "paying-soon.doubtful="), 1, RuleProblem.Severity.ERROR,
                "names \"三月\" itself");
        assertHas(lints, linted, zh, linted.lineOf(zh, "paying-soon.doubtful="), 1, RuleProblem.Severity.ERROR,
                "uses the ASCII \",\" in Chinese text");
    }

    void twoRulesThatCanBothChooseTheRebuttalOfOneExcuseAreAWarning() {
        int line = linted.lineOf("rebuttal.drl", "rule \"every judged excuse gets the generic rebuttal\"");

        assertHas(lints, linted, "rebuttal.drl", line, 1, RuleProblem.Severity.WARNING,
                "and rule \"a doubtful excuse gets its category's doubtful rebuttal\"");
        // The shipped deciders exclude one another: nothing else is reported between them.
        assertTrue(lints.problems().stream().filter(p -> p.message().contains("can both insert"))
                .allMatch(p -> p.message().contains("every judged excuse gets the generic rebuttal")), () -> lints.problems().toString());
    }

    @Test
    void aRuleNoScenarioFiresIsAWarningAtTheRuleEvenInASheet() throws Exception {
        // A copy whose texts are all valid, so that its engine loads and its one scenario runs.
        RulesCopy covered = RulesCopy.of(SharedEngine.RULES, Files.createDirectory(temp.resolve("coverage"))).withoutScenarios()
                .write("tests/basics.jsonl", scenarioLine());

        RuleCheck.Report report = RuleCheck.run(covered.root(), SCENARIOS);

        assertEquals(1, report.scenarios());
        // Row 13 of the thresholds sheet; its name is in column A.
        assertHas(report, covered, "sheets/thresholds.drl.csv", 13, 1, RuleProblem.Severity.WARNING,
                "no scenario in tests/*.jsonl fires rule \"a customer rated D who keeps breaking promises on an old debt goes to legal\"");
        assertTrue(report.problems().stream().noneMatch(p -> p.message().contains(
                "fires rule \"an excuse heard once before in 90 days loses 10\"")), "that sheet row fires in the scenario");
    }

    /** The example visit as a scenario line. */
    static String scenarioLine() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode visit = (ObjectNode) mapper.readTree(Files.readString(Path.of("examples/visit.json")));
        visit.put("scenario", "tight cash heard once before, with most of a promise paid, is doubtful");
        visit.putObject("expect").put("verdict", "DOUBTFUL");
        return mapper.writeValueAsString(visit) + "\n";
    }

    static RuleProblem assertHas(RuleCheck.Report report, RulesCopy rules, String relative, int line, int column,
                                 RuleProblem.Severity severity, String text) {
        String file = rules.file(relative).normalize().toString();
        Predicate<RuleProblem> wanted = problem -> problem.file().equals(file) && problem.line() == line
                && problem.column() == column && problem.severity() == severity && problem.message().contains(text);
        return report.problems().stream().filter(wanted).findFirst().orElseThrow(() -> new AssertionError(
                "no " + severity + " at " + relative + ":" + line + ":" + column + " saying \"" + text + "\" in:\n"
                        + String.join("\n", report.problems().stream().map(RuleProblem::toString).toList())));
    }
}
