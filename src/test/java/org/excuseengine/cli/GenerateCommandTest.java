package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameJournal() throws IOException {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");

        Cli.Run run = Cli.run("generate", "--customers", "5", "--months", "2", "--seed", "9", "--out", first.toString());
        Cli.run("generate", "--customers", "5", "--months", "2", "--seed", "9", "--out", second.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("5 customers, "), run.err());
        assertEquals(Files.readString(first), Files.readString(second));
        assertTrue(Files.readString(first).startsWith("{\"type\":\"customer\""));
    }

    @Test
    void aCsvFileNameGivesACsvJournal() throws IOException {
        Path csv = dir.resolve("journal.csv");

        Cli.run("generate", "--customers", "2", "--months", "1", "--out", csv.toString());

        assertTrue(Files.readString(csv).startsWith("type,date,customer,"));
    }

    @Test
    void monthsOutOfRangeAreAUsageError() {
        Cli.Run run = Cli.run("generate", "--customers", "2", "--months", "0");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("1 to 120 months"), run.err());
    }
}
