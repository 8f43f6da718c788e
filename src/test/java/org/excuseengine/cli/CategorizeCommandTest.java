package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CategorizeCommandTest {
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
