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
import java.nio.file.Files;
import org.excuseengine.text.Classification;
import org.excuseengine.text.Evaluation;
import org.excuseengine.text.Example;
import org.excuseengine.text.ExampleCorpus;
import org.excuseengine.text.ExcuseClassifier;
import org.excuseengine.text.Lexicon;
import org.excuseengine.text.LexiconException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code categorize}: excuse text in, its categories out, with confidence and the words that
 * matched; {@code --explain} shows each clause's phrases and the model's strongest features;
 * {@code --evaluate} scores the classifier on labelled examples.
 */
@Command(name = "categorize", mixinStandardHelpOptions = true,
        description = "Classify excuse text into categories with the lexicon and the example-trained model in the rules folder.")
final class CategorizeCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder whose lexicon/ is used (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default): one line per excuse; json: one JSON line per text.")
    Format format;

    @Parameters(paramLabel = "TEXT", arity = "0..1", description = {"The excuse text, or - to read one text per line (UTF-8) from standard input.",
            "A line that is not UTF-8 is reported on standard error (and in its place with --format json); exit 3."})
    String text;

    @Option(names = "--explain", description = "For each clause: the lexicon phrases, the negated ones, the model's reading and its strongest features.")
    boolean explain;

    @Option(names = "--evaluate", paramLabel = "FILE|DIR", description = {"Score the classifier on labelled examples (a corpus .tsv file or a folder of them):",
            "accuracy, precision and recall per category, the confusion matrix."})
    Path evaluate;

    @Option(names = "--folds", paramLabel = "K", description = {"With --evaluate: deal the examples into K groups by source and classify each group",
            "with a model trained on the other groups only (a whole source is always held out)."})
    Integer folds;

    @Option(names = "--misses", description = "With --evaluate: list every example classified wrongly.")
    boolean misses;

    private ExcuseClassifier classifier;

    /** Standard input, replaceable by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        EngineOptions.requireRulesFolder(rules);
        if ((text == null) == (evaluate == null)) {
            throw new ParameterException(spec.commandLine(), "give either TEXT (or -) or --evaluate FILE, not both or neither");
        }
        if (evaluate == null && (folds != null || misses)) {
            throw new ParameterException(spec.commandLine(), "--folds and --misses go with --evaluate");
        }
        Lexicon lexicon;
        try {
            lexicon = Lexicon.load(rules.resolve("lexicon"));
        } catch (LexiconException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        classifier = new ExcuseClassifier(lexicon);
        PrintWriter out = spec.commandLine().getOut();
        if (evaluate != null) {
            return evaluate(lexicon, classifier, out);
        }
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

    private int evaluate(Lexicon lexicon, ExcuseClassifier classifier, PrintWriter out) {
        List<Example> examples;
        try {
            examples = Files.isDirectory(evaluate) ? ExampleCorpus.readFolder(evaluate) : ExampleCorpus.read(evaluate);
        } catch (LexiconException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REJECTED;
        }
        Evaluation evaluation;
        String title;
        if (folds != null) {
            if (folds < 2) {
                throw new ParameterException(spec.commandLine(), "--folds must be 2 or more, not " + folds);
            }
            evaluation = Evaluation.bySourceFolds(examples, lexicon, folds);
            title = evaluate + ", " + folds + " folds by source (each source classified by a model that never saw it)";
        } else {
            evaluation = Evaluation.of(examples, classifier);
            title = evaluate + (lexicon.exampleCount() == 0 ? ", classified by the rules' phrases alone (no examples to train a model on)"
                    : ", classified with the rules' model (trained on " + lexicon.exampleCount() + " examples)");
        }
        out.print(evaluation.report(title));
        out.println();
        out.println("  accuracy by source (sources of 10 examples or more):");
        evaluation.accuracyBySource(10).forEach(line -> out.println("  " + line));
        if (misses) {
            out.println();
            evaluation.failures().forEach(failure -> out.println("  MISS " + failure));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, String input, List<Classification> found) {
        if (format == Format.json) {
            out.println(json(input, found));
            return;
        }
        if (explain) {
            explain(out, input);
            return;
        }
        for (Classification excuse : found) {
            out.printf("%s\t%.2f\t%s\t%s%n", excuse.category(), excuse.confidence(),
                    excuse.matchedPhrases().isEmpty() && !excuse.modelFeatures().isEmpty() ? "(model)"
                            : String.join(" | ", excuse.matchedPhrases()), excuse.clause());
        }
    }

    /** Clause by clause: what the lexicon matched, what the model read, and who decided. */
    private void explain(PrintWriter out, String input) {
        ExcuseClassifier.Reading reading = classifier.explain(input);
        out.println(input);
        for (ExcuseClassifier.ClauseView clause : reading.clauses()) {
            out.printf("  clause \"%s\": decided by %s%n", clause.clause(), clause.decidedBy());
            if (!clause.phrases().isEmpty()) {
                out.println("    phrases:  " + String.join(" | ", clause.phrases()));
            }
            if (!clause.negatedPhrases().isEmpty()) {
                out.println("    negated:  " + String.join(" | ", clause.negatedPhrases()));
            }
            if (clause.modelOutcome() != null) {
                out.printf("    model:    %s %.2f, strongest features: %s%n", clause.modelOutcome(), clause.modelProbability(),
                        String.join(", ", clause.modelFeatures()));
            }
        }
        for (Classification excuse : reading.classifications()) {
            out.printf("  => %s\t%.2f\t%s\t%s%n", excuse.category(), excuse.confidence(),
                    excuse.modelFeatures().isEmpty() ? String.join(" | ", excuse.matchedPhrases())
                            : "model: " + String.join(", ", excuse.modelFeatures()), excuse.clause());
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
            excuse.modelFeatures().forEach(one.putArray("modelFeatures")::add);
        }
        return node.toString();
    }
}
