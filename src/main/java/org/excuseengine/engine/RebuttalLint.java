package org.excuseengine.engine;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rebuttal texts against the rules that name them: an id a rule names must have a text in
 * every language (an error, at the rule); a text that no rule names is dead (a warning, at the
 * text); every text must be a valid ICU message that names only figures the engine fills (an error).
 */
final class RebuttalLint {
    private RebuttalLint() {}

    static List<RuleProblem> check(Path rulesDir, AuthoredRules rules) {
        List<RebuttalFile> files = RebuttalCatalog.LANGUAGES.stream().map(language -> RebuttalFile.of(rulesDir, language)).toList();
        List<RebuttalUses.Use> uses = RebuttalUses.of(rules);
        List<RuleProblem> problems = new ArrayList<>();
        files.stream().filter(file -> !file.exists())
                .forEach(file -> problems.add(RuleProblem.error(file.path(), 0, 0, "no rebuttal texts: the file is missing")));
        problems.addAll(missingTexts(uses, files));
        Set<String> used = uses.stream().map(RebuttalUses.Use::id).collect(Collectors.toSet());
        for (int i = 0; i < files.size(); i++) {
            problems.addAll(checkTexts(files.get(i), RebuttalCatalog.LANGUAGES.get(i), rules.complete() ? used : null));
        }
        return problems;
    }

    /** One error per place that names an id some language lacks, listing the files that lack it. */
    private static List<RuleProblem> missingTexts(List<RebuttalUses.Use> uses, List<RebuttalFile> files) {
        Map<AuthoredRules.Location, Map<String, Set<String>>> missingByPlace = new LinkedHashMap<>();
        for (RebuttalUses.Use use : uses) {
            for (RebuttalFile file : files) {
                if (file.exists() && !file.has(use.id())) {
                    missingByPlace.computeIfAbsent(use.location(), l -> new LinkedHashMap<>())
                            .computeIfAbsent(use.id(), id -> new TreeSet<>()).add(file.path());
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        missingByPlace.forEach((place, missing) -> missing.forEach((id, lacking) -> problems.add(RuleProblem.error(
                place.file(), place.line(), place.column(),
                "rebuttal \"" + id + "\" has no text in " + String.join(", ", lacking)))));
        return problems;
    }

    /** The texts of one file; {@code used} is null when not every rule could be read, so that unused texts cannot be told. */
    private static List<RuleProblem> checkTexts(RebuttalFile file, String language, Set<String> used) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (RebuttalFile.Entry entry : file.entries()) {
            Integer earlier = firstLine.putIfAbsent(entry.id(), entry.line());
            if (earlier != null) {
                problems.add(RuleProblem.warning(file.path(), entry.line(), 1,
                        "rebuttal \"" + entry.id() + "\" is also defined on line " + earlier + "; this later text wins"));
            }
            if (used != null && !used.contains(entry.id()) && reported.add(entry.id())) {
                problems.add(RuleProblem.warning(file.path(), entry.line(), 1,
                        "rebuttal \"" + entry.id() + "\" is named by no rule: it is never shown"));
            }
            Optional<String> invalid = messageProblem(entry.text(), language);
            invalid.ifPresent(problem ->
                    problems.add(RuleProblem.error(file.path(), entry.line(), 1, "rebuttal \"" + entry.id() + "\": " + problem)));
            if (invalid.isEmpty()) {
                RebuttalWording.problems(entry.text(), language).forEach(problem ->
                        problems.add(RuleProblem.error(file.path(), entry.line(), 1, "rebuttal \"" + entry.id() + "\": " + problem)));
            }
        }
        return problems;
    }

    /** What is wrong with a text as an ICU message of the engine's figures, if anything. */
    private static Optional<String> messageProblem(String text, String language) {
        MessageFormat format;
        try {
            format = new MessageFormat(text, ULocale.forLanguageTag(language));
        } catch (IllegalArgumentException e) {
            return Optional.of("not a valid ICU message: " + e.getMessage()
                    + " (a literal brace or an apostrophe before one must be quoted: '{')");
        }
        Set<String> unknown = new TreeSet<>(format.getArgumentNames());
        unknown.removeAll(RebuttalFigures.NAMES);
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("names " + unknown.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "))
                        + ", which the engine does not fill; it can use " + new TreeSet<>(RebuttalFigures.NAMES));
    }
}
