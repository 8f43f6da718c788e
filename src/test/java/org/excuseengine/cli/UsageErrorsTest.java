package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a user who typed something wrong gets: one line saying what and where the help is, exit 2. */
class UsageErrorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (no command)                      |                                        | Missing command: give one of classify
            a bad --lang                      | classify --lang xx examples/visit.json | --lang: expected zh-Hant, zh-Hans or en, got xx (see excuse-engine classify --help)
            a port that is not a number       | serve --port abc                       | Invalid value for option '--port': 'abc' is not an int (see excuse-engine serve --help)
            a port out of range               | serve --port 99999                     | --port: expected 0 to 65535, got 99999 (see excuse-engine serve --help)
            an unknown option                 | replay --bogus in.jsonl                | Unknown option: '--bogus' (see excuse-engine replay --help)
            an unknown command                | clasify                                | Unmatched argument at index 0: 'clasify'
            """)
    void aUsageErrorIsOneLineAndExit2(String what, String args, String message) {
        Cli.Run run = Cli.run(args == null ? new String[0] : args.trim().split(" +"));

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith(message), run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @CsvSource({"classify, examples/visit.json", "categorize, cash is tight", "test, ", "replay, examples/visits.jsonl"})
    void aMissingRulesFolderSaysWhereItLooked(String command, String argument) {
        Cli.Run run = argument == null ? Cli.run(command, "--rules", "no-such-rules")
                : Cli.run(command, "--rules", "no-such-rules", argument);

        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
        assertEquals("No rules folder at " + Path.of("no-such-rules").toAbsolutePath()
                + " (name it with --rules DIR; the default is ./rules)", run.err().strip());
    }

    @Test
    void classifyFromATerminalSaysItIsWaiting() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ClassifyCommand classify = new ClassifyCommand();
        classify.stdin = new ByteArrayInputStream(Files.readAllBytes(Path.of("examples", "visit.json")));
        classify.interactive = true;
        CommandLine commandLine = new CommandLine(classify);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        assertEquals(ExitCodes.OK, commandLine.execute());

        assertTrue(err.toString().startsWith("Reading a visit (JSON) from standard input; end it with Ctrl-D"), err.toString());
        assertTrue(out.toString().contains("\"visitId\" : \"V-1001\""), out.toString());
    }

    @Test
    void classifyFromAPipeSaysNothing() throws Exception {
        StringWriter err = new StringWriter();
        ClassifyCommand classify = new ClassifyCommand();
        classify.stdin = new ByteArrayInputStream(Files.readString(Path.of("examples", "visit.json")).getBytes(StandardCharsets.UTF_8));
        classify.interactive = false;
        CommandLine commandLine = new CommandLine(classify);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));

        assertEquals(ExitCodes.OK, commandLine.execute());
        assertFalse(err.toString().contains("Reading"), err.toString());
    }
}
