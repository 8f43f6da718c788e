package org.excuseengine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.excuseengine.engine.RuleCheck;
import org.excuseengine.engine.RuleProblem;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.replay.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check}: compiles and lints a rules folder, one problem a line as
 * {@code path:line:column: severity: message}, the form editors and CI annotate.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compile every rule file (DRL and decision tables) and lint the rules folder.",
                "Prints each problem as path:line:column: severity: message; exit 1 on any error (warnings allowed)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Override
    public Integer call() {
        RuleCheck.Report report = RuleCheck.run(rules, CheckCommand::assessScenarios);
        var out = spec.commandLine().getOut();
        report.problems().stream().map(RuleProblem::toString).forEach(out::println);
        out.println(report.errors() + " error(s), " + report.warnings() + " warning(s) in " + report.ruleFiles()
                + " rule file(s) with " + report.rules() + " rule(s); " + report.scenarios() + " scenario(s) run");
        out.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** The assessments of every scenario under the folder's tests/, to see which rules they fire. */
    private static List<Assessment> assessScenarios(org.excuseengine.engine.ExcuseEngine engine) {
        ScenarioSuite suite = new ScenarioSuite(engine, new ContractJson());
        return suite.runAll(engine.rulesDir().resolve("tests")).stream()
                .map(ScenarioSuite.Result::assessment).filter(Objects::nonNull).toList();
    }
}
