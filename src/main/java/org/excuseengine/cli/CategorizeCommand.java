package org.excuseengine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.Utf8LineReader;
import org.excuseengine.text.Classification;
import org.excuseengine.text.ExcuseClassifier;
import org.excuseengine.text.Lexicon;
import org.excuseengine.text.LexiconException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code categorize}: excuse text in, its categories out, with confidence and the words that matched. */
@Command(name = "categorize", mixinStandardHelpOptions = true,
        description = "Classify excuse text into categories with the lexicon in the rules folder.")
final class CategorizeCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder whose lexicon/ is used (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default): one line per excuse; json: one JSON line per text.")
    Format format;

    @Parameters(paramLabel = "TEXT", description = {"The excuse text, or - to read one text per line (UTF-8) from standard input.",
            "A line that is not UTF-8 is reported on standard error (and in its place with --format json); exit 3."})
    String text;

    /** Standard input, replaceable by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        EngineOptions.requireRulesFolder(rules);
        ExcuseClassifier classifier;
        try {
            classifier = new ExcuseClassifier(Lexicon.load(rules.resolve("lexicon")));
        } catch (LexiconException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        int exit = ExitCodes.OK;
        if ("-".equals(text)) {
            Utf8LineReader in = new Utf8LineReader(stdin, ContractJson.MAX_VISIT_LINE_BYTES);
            for (Utf8LineReader.Line line = in.next(); line != null; line = in.next()) {
                if (line.readable()) {
                    print(out, line.text(), classifier.classify(line.text()));
                } else {
                    unreadable(out, line);
                    exit = ExitCodes.REJECTED;
                }
            }
        } else {
            print(out, text, classifier.classify(text));
        }
        out.flush();
        return exit;
    }

    /** A line that cannot be read is said so in its place (JSON) and on standard error; the rest go on. */
    private void unreadable(PrintWriter out, Utf8LineReader.Line line) {
        spec.commandLine().getErr().println("line " + line.number() + ": " + line.problem());
        if (format == Format.json) {
            out.println(new ContractJson().mapper().createObjectNode().put("line", line.number())
                    .put("error", line.problem()).toString());
        }
    }

    private void print(PrintWriter out, String input, List<Classification> found) {
        if (format == Format.json) {
            out.println(json(input, found));
            return;
        }
        for (Classification excuse : found) {
            out.printf("%s\t%.2f\t%s\t%s%n", excuse.category(), excuse.confidence(),
                    String.join(" | ", excuse.matchedPhrases()), excuse.clause());
        }
    }

    private static String json(String input, List<Classification> found) {
        var mapper = new ContractJson().mapper();
        ObjectNode node = mapper.createObjectNode().put("text", input);
        ArrayNode excuses = node.putArray("excuses");
        for (Classification excuse : found) {
            ObjectNode one = excuses.addObject();
            one.put("clause", excuse.clause());
            one.put("category", excuse.category().name());
            one.put("confidence", excuse.confidence());
            excuse.matchedPhrases().forEach(one.putArray("matchedPhrases")::add);
        }
        return node.toString();
    }
}
