package org.excuseengine.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.excuseengine.text.Lexicon;

/** The smaller lints of a rules folder: duplicate rule names, rules no scenario fires, lexicon files that do not load. */
final class RuleLints {
    static final String TESTS_FOLDER = "tests";
    static final String LEXICON_FOLDER = "lexicon";
    /** How a lexicon problem names its place: {@code <file>.txt:<line>: <problem>}, the line optional. */
    private static final Pattern LEXICON_PLACE = Pattern.compile("^(.+?\\.txt)(?::(\\d+))?: (.*)$", Pattern.DOTALL);

    /** Calls that end the whole process: no rule may make them, whatever it judges. */
    private static final Pattern PROCESS_EXIT = Pattern.compile(
            "\\bSystem\\s*\\.\\s*exit\\s*\\(|\\bRuntime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(?:exit|halt)\\s*\\(");

    private RuleLints() {}

    /**
     * Every call of {@code System.exit}, {@code Runtime.getRuntime().exit} or {@code .halt} written
     * in a rule file (actions, conditions and functions alike): one would end the service, or make a
     * command report success it never reached.
     */
    static List<RuleProblem> processExits(RuleFolder folder) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFolder.SourceFile file : folder.ruleFiles()) {
            if (file.relativePath().endsWith(".xlsx")) {
                continue; // binary; its generated rules are compiled, and a sheet cannot hold code beyond its cells
            }
            String text = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher call = PROCESS_EXIT.matcher(text);
            while (call.find()) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < call.start(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                problems.add(RuleProblem.error(file.relativePath(), line, call.start() - lineStart + 1,
                        "a rule must not end the process: remove " + call.group().replaceAll("\\s+", "") + "…)"));
            }
        }
        return problems;
    }

    /** Every place a rule name is used more than once, each pointing at the others. Drools keeps only one of them. */
    static List<RuleProblem> duplicateNames(AuthoredRules rules) {
        Map<String, List<AuthoredRules.Rule>> byName = rules.rules().stream()
                .collect(Collectors.groupingBy(AuthoredRules.Rule::name, LinkedHashMap::new, Collectors.toList()));
        List<RuleProblem> problems = new ArrayList<>();
        byName.forEach((name, same) -> {
            if (same.size() < 2) {
                return;
            }
            for (AuthoredRules.Rule rule : same) {
                String others = same.stream().filter(other -> other != rule)
                        .map(other -> other.file() + ":" + other.location().line()).collect(Collectors.joining(", "));
                AuthoredRules.Location where = rule.location();
                problems.add(RuleProblem.error(where.file(), where.line(), where.column(),
                        "duplicate rule name \"" + name + "\": also at " + others));
            }
        });
        return problems;
    }

    /** Rules that no scenario of {@code tests/*.jsonl} fires: nothing shows they work, or that they still can fire. */
    static List<RuleProblem> unexercised(AuthoredRules rules, int scenarios, Set<String> fired) {
        if (scenarios == 0) {
            return List.of(RuleProblem.warning(TESTS_FOLDER, 0, 0,
                    "no scenarios in " + TESTS_FOLDER + "/*.jsonl: no rule is shown to work"));
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (AuthoredRules.Rule rule : rules.rules()) {
            if (!fired.contains(rule.name())) {
                AuthoredRules.Location where = rule.location();
                problems.add(RuleProblem.warning(where.file(), where.line(), where.column(),
                        "no scenario in " + TESTS_FOLDER + "/*.jsonl fires rule \"" + rule.name() + "\""));
            }
        }
        return problems;
    }

    /** A lexicon that does not load, at the file and line its error names when it names them. */
    static List<RuleProblem> lexicon(Path rulesDir) {
        try {
            Lexicon.load(rulesDir.resolve(LEXICON_FOLDER));
            return List.of();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            Matcher place = LEXICON_PLACE.matcher(message);
            if (place.matches()) {
                String file = relativeTo(rulesDir, place.group(1));
                int line = place.group(2) == null ? 0 : Integer.parseInt(place.group(2));
                return List.of(RuleProblem.error(file, line, line == 0 ? 0 : 1, place.group(3)));
            }
            return List.of(RuleProblem.error(LEXICON_FOLDER, 0, 0, "the lexicon does not load: " + message));
        }
    }

    private static String relativeTo(Path rulesDir, String file) {
        Path path = Path.of(file);
        Path root = rulesDir.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : file;
    }
}
