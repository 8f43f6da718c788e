package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.excuseengine.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve command refuses unsafe or impossible settings before it opens a port or loads rules. */
class ServeCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int serve(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return command.execute(all);
    }

    @Test
    void anAddressBeyondLoopbackNeedsATokenOrInsecure() {
        assertEquals(2, serve("--bind", "0.0.0.0", "--port", "0"));
        assertTrue(err.toString().contains("not a loopback address"), err.toString());
        assertTrue(err.toString().contains("EXCUSE_ENGINE_TOKEN"), err.toString());
    }

    @Test
    void aShortTokenIsRefused() throws Exception {
        Path token = Files.writeString(temp.resolve("token"), "secret\n");
        assertEquals(2, serve("--token-file", token.toString(), "--port", "0"));
        assertTrue(err.toString().contains("at least 16 characters"), err.toString());
    }

    @Test
    void anEmptyTokenFileIsRefused() throws Exception {
        Path token = Files.writeString(temp.resolve("token"), "\n");
        assertEquals(2, serve("--token-file", token.toString(), "--bind", "0.0.0.0"));
        assertTrue(err.toString().contains("is empty"), err.toString());
    }

    @Test
    void anUnsupportedLanguageIsRefused() {
        assertEquals(2, serve("--lang", "fr", "--port", "0"));
        assertTrue(err.toString().contains("--lang"), err.toString());
    }

    @Test
    void theTokenIsNeverAnOptionOnTheCommandLine() {
        assertEquals(0, serve("--help"));
        String help = out.toString();
        assertTrue(help.contains("--token-file") && help.contains("--insecure") && help.contains("--max-body-bytes"), help);
        assertFalse(help.contains("--token ") || help.contains("--token="), help);
        assertEquals(2, serve("--token", "0123456789abcdef0123"));
    }
}
