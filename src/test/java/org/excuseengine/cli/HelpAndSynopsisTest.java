package org.excuseengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's help reads cleanly, and the README's synopsis names every option it has. */
class HelpAndSynopsisTest {
    static Stream<String> commands() {
        return Main.commandLine().getSubcommands().keySet().stream().filter(name -> !name.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpFitsEightyColumns(String command) {
        Cli.Run run = Cli.run(command, "--help");

        assertEquals(0, run.exitCode());
        List<String> tooLong = run.out().lines().filter(line -> line.length() > 80).toList();
        assertEquals(List.of(), tooLong, "lines over 80 columns in " + command + " --help");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theReadmeSynopsisListsEveryOption(String command) throws IOException {
        String synopsis = synopsisLine(command);
        CommandLine sub = Main.commandLine().getSubcommands().get(command);
        for (OptionSpec option : sub.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            assertTrue(synopsis.contains(option.longestName()), "README's synopsis of " + command + " lacks " + option.longestName()
                    + ": " + synopsis);
        }
    }

    /** The README's synopsis line of {@code command} (a line may wrap onto lines that start with spaces). */
    private static String synopsisLine(String command) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        String prefix = "java -jar target/excuse-engine.jar " + command + " ";
        for (int i = lines.indexOf("## The command line"); i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                StringBuilder synopsis = new StringBuilder(lines.get(i));
                for (int next = i + 1; next < lines.size() && lines.get(next).startsWith("   "); next++) {
                    synopsis.append(' ').append(lines.get(next).strip());
                }
                return synopsis.toString();
            }
        }
        throw new AssertionError("no synopsis of " + command + " in README.md");
    }
}
