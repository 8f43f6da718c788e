package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CategorizeCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path corpus() throws IOException {
        Path file = temp.resolve("sample.tsv");
        Files.writeString(file, String.join("\n",
                "# a small labelled sample",
                "en\tTIGHT_CASH\tteam:a\tcash is tight this month",
                "zh-Hant\tQUALITY\tteam:a\t這批貨品質不良",
                "en\tPAYING_SOON\tteam:b\tthe cheque is in the post",
                "zh-Hans\tDOWNSTREAM_DEBT\tteam:b\t下游还没回款",
                "en\tEVIDENCE\tteam:b\there is the bank statement", ""), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void evaluatePrintsAccuracyPrecisionRecallAndTheConfusionMatrix() throws IOException {
        int exit = run("categorize", "--evaluate", corpus().toString());

        assertEquals(ExitCodes.OK, exit, err.toString());
        String report = out.toString();
        assertTrue(report.contains("4 texts, accuracy 100.0% (4 right)"), report);
        assertTrue(report.contains("precision") && report.contains("recall"), report);
        assertTrue(report.contains("confusion (rows expected, columns found"), report);
    }

    @Test
    void evaluateByFoldsHoldsOutWholeSources() throws IOException {
        int exit = run("categorize", "--evaluate", corpus().toString(), "--folds", "2", "--misses");

        assertEquals(ExitCodes.OK, exit, err.toString());
        assertTrue(out.toString().contains("2 folds by source"), out.toString());
        assertTrue(out.toString().contains("4 texts"), out.toString());
    }

    @Test
    void evaluateNamesTheLineItCannotRead() throws IOException {
        Path bad = temp.resolve("bad.tsv");
        Files.writeString(bad, "en\tTIGHT_CASH\tcash is tight\n", StandardCharsets.UTF_8);

        assertEquals(ExitCodes.REJECTED, run("categorize", "--evaluate", bad.toString()));
        assertTrue(err.toString().contains("bad.tsv:1: expected 4 columns"), err.toString());
    }

    @Test
    void explainShowsEachClauseWithItsPhrasesAndTheModelsStrongestFeatures() {
        int exit = run("categorize", "--explain", "質量沒問題，就是最近週轉不過來，這是銀行的對帳單");

        assertEquals(ExitCodes.OK, exit, err.toString());
        String explanation = out.toString();
        assertTrue(explanation.contains("clause \"質量沒問題\": decided by negated"), explanation);
        assertTrue(explanation.contains("negated:  質量"), explanation);
        assertTrue(explanation.contains("phrases:  TIGHT_CASH: 週轉不過來"), explanation);
        assertTrue(explanation.contains("decided by evidence"), explanation);
        assertTrue(explanation.contains("model:    EVIDENCE"), explanation);
        assertTrue(explanation.contains("strongest features: h"), explanation);
        assertTrue(explanation.contains("=> TIGHT_CASH"), explanation);
    }

    @Test
    void textAndEvaluateGoOneAtATime() throws IOException {
        assertEquals(ExitCodes.USAGE, run("categorize"));
        assertEquals(ExitCodes.USAGE, run("categorize", "cash is tight", "--evaluate", corpus().toString()));
        assertEquals(ExitCodes.USAGE, run("categorize", "cash is tight", "--folds", "5"));
        assertEquals(ExitCodes.USAGE, run("categorize", "--evaluate", corpus().toString(), "--folds", "1"));
    }

    @Test
    void aLineOfStandardInputThatIsNotUtf8IsReportedInItsPlaceAndTheOthersAreClassified() {
        // Given three texts on standard input, the middle one with a byte no UTF-8 text contains
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("資金緊張\n".getBytes(StandardCharsets.UTF_8));
        input.writeBytes(new byte[] {'c', 'a', 's', 'h', ' ', (byte) 0xFF, '\n'});
        input.writeBytes("the goods were defective\n".getBytes(StandardCharsets.UTF_8));

        // When they are categorized as JSON lines
        CommandLine commandLine = Main.commandLine();
        CategorizeCommand categorize = commandLine.getSubcommands().get("categorize").getCommand();
        categorize.stdin = new ByteArrayInputStream(input.toByteArray());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute("categorize", "--format", "json", "-");

        // Then three lines come out in order, the bad one saying why, and the exit code tells of it
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).contains("TIGHT_CASH"), lines.get(0));
        assertEquals("{\"line\":2,\"error\":\"expected UTF-8 text, but byte 0xFF at offset 5 of the line is not valid UTF-8\"}",
                lines.get(1));
        assertTrue(lines.get(2).contains("QUALITY"), lines.get(2));
        assertTrue(err.toString().contains("line 2: expected UTF-8 text"), err.toString());
        assertEquals(ExitCodes.REJECTED, exit);
    }
}
