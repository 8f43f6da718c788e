package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles the rule files of a {@link RuleFolder} into a fresh {@link KieBase}. Each build gets
 * its own release id, and is dropped from the KIE repository once its base exists, so that
 * concurrent or repeated builds never share state and reloads do not leak.
 */
final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final String RULES_PACKAGE_FOLDER = "org/excuseengine/rules/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    /** How MVEL places a problem inside a constraint: {@code [Line: 22, Column: 4]}, the column 0-based. */
    private static final Pattern MVEL_LINE_AND_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");
    /** A position in the DRL generated from a sheet, which means nothing to the sheet's author. */
    private static final Pattern GENERATED_POSITION = Pattern.compile("\\[?\\b[Ll]ine:? \\d+(?::\\d+|, Column: \\d+)\\]?\\s*");
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern HAS_RULES = Pattern.compile("(?m)^\\s*rule\\s");
    private static final Pattern NAMES_A_STAGE = Pattern.compile("(?m)^\\s*ruleflow-group\\s+\"(\\w+)\"");

    private RuleCompiler() {}

    /** The compiled rules and every problem found, warnings included; no base when there is an error. */
    record Build(KieBase kieBase, List<RuleProblem> problems) {
        boolean failed() {
            return problems.stream().anyMatch(RuleProblem::isError);
        }
    }

    static KieBase compile(RuleFolder folder) {
        Build build = build(folder);
        if (build.failed()) {
            throw new RuleCompilationException(build.problems());
        }
        return build.kieBase();
    }

    static Build build(RuleFolder folder) {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        Map<String, RuleFolder.SourceFile> originals = new HashMap<>();
        Map<String, SheetSource> sheets = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFolder.SourceFile file : folder.ruleFiles()) {
            if (SheetSource.isSheet(file.relativePath())) {
                // A sheet Drools cannot turn into rules makes the whole build throw: report it and leave it out.
                SheetSource sheet = SheetSource.read(file.relativePath(), file.content());
                sheets.put(file.relativePath(), sheet);
                if (sheet.conversionError().isPresent()) {
                    problems.add(unreadableSheet(file.relativePath(), sheet.conversionError().get()));
                    continue;
                }
            }
            stageProblem(file).ifPresent(problems::add);
            String resourcePath = resourcePath(file);
            originals.put(resourcePath, file);
            files.write(RESOURCES + resourcePath, file.content());
        }
        ReleaseId releaseId = kie.newReleaseId("org.excuseengine.rules", "build-" + BUILDS.incrementAndGet(), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        problems.addAll(problems(builder.getResults().getMessages(), originals, sheets));
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            kie.getRepository().removeKieModule(releaseId);
            return new Build(null, problems);
        }
        try {
            KieContainer container = kie.newKieContainer(releaseId);
            return new Build(container.getKieBase(), problems);
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * A rule file must say which stage its rules run in: a package-level attribute in one file
     * would otherwise leak into the rules of a file that names none.
     */
    private static java.util.Optional<RuleProblem> stageProblem(RuleFolder.SourceFile file) {
        if (!file.relativePath().endsWith(".drl")) {
            return java.util.Optional.empty();
        }
        String text = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8);
        if (!HAS_RULES.matcher(text).find()) {
            return java.util.Optional.empty();
        }
        Matcher stage = NAMES_A_STAGE.matcher(text);
        if (stage.find() && Assessor.STAGES.contains(stage.group(1))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(RuleProblem.error(file.relativePath(), 1, 1,
                "the file names no stage: under its package line put ruleflow-group \"derive\", \"judge\", \"decide\" or \"respond\""));
    }

    /**
     * Where a file goes in the build: in the folder of the package it declares (so the build does
     * not warn), its sub-folders flattened into the name so that no two files collide. Drools
     * loads the files in the hash order of these paths, not in the order they are written here:
     * see {@link RuleOrder}.
     */
    static String resourcePath(RuleFolder.SourceFile file) {
        String flatName = file.relativePath().replace('/', '_');
        if (!file.relativePath().endsWith(".drl")) {
            return RULES_PACKAGE_FOLDER + flatName;
        }
        Matcher matcher = PACKAGE.matcher(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
        String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
        return folder + flatName;
    }

    private static RuleProblem unreadableSheet(String file, String message) {
        SheetSource.Cell cell = SheetSource.cellNamedIn(message).orElse(SheetSource.Cell.UNKNOWN);
        return RuleProblem.error(file, cell.row(), cell.column(), "the sheet cannot be turned into rules: " + message);
    }

    private static List<RuleProblem> problems(List<Message> messages, Map<String, RuleFolder.SourceFile> originals,
                                              Map<String, SheetSource> sheets) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : messages) {
            if (message.getLevel() == Message.Level.INFO) {
                continue;
            }
            String path = message.getPath() == null ? "" : message.getPath().replace(RESOURCES, "");
            RuleFolder.SourceFile original = originals.get(path);
            String file = original == null ? path : original.relativePath();
            String text = message.getText().strip().replaceAll("\\s*\\n\\s*", "; ");
            int line = Math.max(0, message.getLine());
            int column = 0;
            Matcher position = LINE_AND_COLUMN.matcher(text);
            Matcher mvelPosition = MVEL_LINE_AND_COLUMN.matcher(text);
            if (position.find()) {
                line = line > 0 ? line : Integer.parseInt(position.group(1));
                column = Integer.parseInt(position.group(2)) + 1;
            } else if (mvelPosition.find() && Integer.parseInt(mvelPosition.group(1)) == line) {
                column = Integer.parseInt(mvelPosition.group(2)) + 1;
            }
            if (SheetSource.isSheet(file) && original != null) {
                // Drools counts lines of the DRL it generated from the sheet: point at the sheet's cell instead.
                SheetSource sheet = sheets.computeIfAbsent(file, f -> SheetSource.read(f, original.content()));
                SheetSource.Cell cell = sheet.cellOf(line, column - 1, text);
                line = cell.row();
                column = cell.column();
                text = cell.row() == 0 ? text : "cell " + cell.name() + ": " + GENERATED_POSITION.matcher(text).replaceAll("");
            }
            problems.add(message.getLevel() == Message.Level.ERROR
                    ? RuleProblem.error(file, line, column, text)
                    : RuleProblem.warning(file, line, column, text));
        }
        return problems;
    }
}
