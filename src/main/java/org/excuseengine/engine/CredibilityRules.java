package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.excuseengine.model.Category;
import org.excuseengine.model.Verdict;

/**
 * The credibility rules (those under {@code rules/credibility/}) by what they judge: which
 * category of excuse each matches, through a condition {@code Excuse(category == Category.X ...)},
 * and which verdicts its findings give, through {@code findingOf(..., Verdict.Y, ...)} or
 * {@code new Finding(..., Verdict.Y, ...)}. A rule that matches any excuse (such as the record
 * rules) judges no category in particular.
 */
final class CredibilityRules {
    static final String FOLDER = "credibility";
    static final List<Verdict> VERDICTS = List.of(Verdict.CREDIBLE, Verdict.DOUBTFUL, Verdict.NOT_CREDIBLE);
    private static final Pattern CATEGORY_EQUALS = Pattern.compile("^category\\s*==\\s*(?:Category\\.)?([A-Z_]+)$");
    private static final Pattern VERDICT = Pattern.compile("Verdict\\.([A-Z_]+)");

    /** A call that builds a finding, and the 0-based position of its verdict among the arguments. */
    private record VerdictArgument(String callee, int position) {}

    private static final List<VerdictArgument> VERDICT_ARGUMENTS = List.of(
            new VerdictArgument("findingOf", 2), new VerdictArgument("new Finding", 1));

    /** One credibility rule: the categories it is written for (empty: any) and the verdicts it can give. */
    record Judge(AuthoredRules.Rule rule, Set<Category> categories, Set<Verdict> verdicts) {
        boolean judges(Category category, Verdict verdict) {
            return categories.contains(category) && verdicts.contains(verdict);
        }

        boolean judgesAnyExcuse() {
            return categories.isEmpty();
        }
    }

    private final List<Judge> judges;

    private CredibilityRules(List<Judge> judges) {
        this.judges = List.copyOf(judges);
    }

    static CredibilityRules of(AuthoredRules rules) {
        List<Judge> judges = new ArrayList<>();
        for (AuthoredRules.Rule rule : rules.rules()) {
            if (rule.isIn(FOLDER)) {
                judges.add(new Judge(rule, categories(rule), verdicts(rule)));
            }
        }
        return new CredibilityRules(judges);
    }

    List<Judge> judges() {
        return judges;
    }

    /** The rules that can give {@code verdict} to an excuse of {@code category}, those written for any excuse included. */
    List<Judge> thatCanGive(Category category, Verdict verdict) {
        return judges.stream()
                .filter(judge -> judge.judges(category, verdict) || judge.judgesAnyExcuse() && judge.verdicts().contains(verdict))
                .toList();
    }

    /** Lint: each category needs a rule of its own for each verdict, or some excuses can never get that verdict on their merits. */
    List<RuleProblem> missingVerdicts() {
        List<RuleProblem> problems = new ArrayList<>();
        for (Category category : Category.values()) {
            List<Verdict> missing = VERDICTS.stream()
                    .filter(verdict -> judges.stream().noneMatch(judge -> judge.judges(category, verdict)))
                    .toList();
            if (!missing.isEmpty()) {
                String file = FOLDER + "/" + RebuttalUses.slug(category) + ".drl";
                boolean fileExists = judges.stream().anyMatch(judge -> judge.rule().file().equals(file));
                problems.add(RuleProblem.warning(fileExists ? file : FOLDER, fileExists ? 1 : 0, fileExists ? 1 : 0,
                        "category " + category + " has no credibility rule that finds it " + missing
                                + " (a rule matching Excuse(category == Category." + category + ") with a finding of that verdict)"));
            }
        }
        return problems;
    }

    /** The categories a rule's positive {@code Excuse(...)} patterns require. */
    private static Set<Category> categories(AuthoredRules.Rule rule) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (BaseDescr element : rule.descr().getLhs().getDescrs()) {
            if (element instanceof PatternDescr pattern && "Excuse".equals(pattern.getObjectType()) && pattern.getSource() == null) {
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        Matcher matcher = CATEGORY_EQUALS.matcher(expression.getExpression().strip());
                        if (matcher.matches()) {
                            enumNamed(Category.class, matcher.group(1)).ifPresent(categories::add);
                        }
                    }
                }
            }
        }
        return categories;
    }

    /** The verdicts a rule's findings can give, read from the verdict argument of each finding it builds. */
    private static Set<Verdict> verdicts(AuthoredRules.Rule rule) {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        for (VerdictArgument call : VERDICT_ARGUMENTS) {
            for (List<String> arguments : CodeScan.callsOf(rule.consequence(), call.callee())) {
                Matcher matcher = arguments.size() > call.position() ? VERDICT.matcher(arguments.get(call.position())) : null;
                while (matcher != null && matcher.find()) {
                    enumNamed(Verdict.class, matcher.group(1)).ifPresent(verdicts::add);
                }
            }
        }
        return verdicts;
    }

    /** A misspelt constant is the compiler's to report; here it just judges nothing. */
    private static <E extends Enum<E>> Optional<E> enumNamed(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
