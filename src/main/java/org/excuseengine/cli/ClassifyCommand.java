package org.excuseengine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.engine.Explainer;
import org.excuseengine.engine.Explanation;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code classify}: one visit in, its assessment out. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Assess one visit (JSON) and print its assessment.")
final class ClassifyCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "json (default) or text.")
    Format format;

    @Option(names = "--explain",
            description = "Also explain the assessment: the derived facts, every rule fired in order with its figures and reasons, "
                    + "and why the other verdicts did not apply. With --format text it follows the report; with json it goes "
                    + "to standard error, so that standard output stays one JSON document.")
    boolean explain;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "The visit's JSON file, or - for standard input (default).")
    String file;

    /** Standard input, replaceable by tests. */
    InputStream stdin = System.in;

    /** Whether a person types at standard input (a terminal), replaceable by tests. */
    boolean interactive = System.console() != null;

    @Override
    public Integer call() throws IOException {
        if ("-".equals(file) && interactive) {
            var err = spec.commandLine().getErr();
            err.println("Reading a visit (JSON) from standard input; end it with Ctrl-D, or give a FILE (see classify --help).");
            err.flush();
        }
        byte[] visitJson = "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        ContractJson json = new ContractJson();
        try (ExcuseEngine engine = options.engine()) {
            Visit visit = json.readVisit(ContractJson.text(visitJson));
            var out = spec.commandLine().getOut();
            if (explain) {
                Explanation explanation = new Explainer(engine).explain(visit);
                print(explanation.assessment(), json);
                var where = format == Format.text ? out : spec.commandLine().getErr();
                where.println(ExplainReport.of(explanation));
                where.flush();
            } else {
                print(engine.assess(visit), json);
            }
            return ExitCodes.OK;
        } catch (InvalidVisitException | AssessmentException e) {
            spec.commandLine().getErr().println("The visit was rejected: " + e.getMessage());
            return ExitCodes.REJECTED;
        }
    }

    private void print(Assessment assessment, ContractJson json) {
        var out = spec.commandLine().getOut();
        out.println(format == Format.text ? TextReport.of(assessment) : json.writePretty(assessment));
        out.flush();
    }
}
