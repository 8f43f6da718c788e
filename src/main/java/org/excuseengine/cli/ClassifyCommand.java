package org.excuseengine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;
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

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
    Format format;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "The visit's JSON file, or - for standard input (default).")
    String file;

    /** Standard input, replaceable by tests. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        String visitJson = "-".equals(file) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        ContractJson json = new ContractJson();
        try (ExcuseEngine engine = options.engine()) {
            Assessment assessment = engine.assess(json.readVisit(visitJson));
            var out = spec.commandLine().getOut();
            out.println(format == Format.text ? TextReport.of(assessment) : json.writePretty(assessment));
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidVisitException | AssessmentException e) {
            spec.commandLine().getErr().println("The visit was rejected: " + e.getMessage());
            return ExitCodes.REJECTED;
        }
    }
}
