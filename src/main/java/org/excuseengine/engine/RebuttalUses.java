package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excuseengine.model.Category;

/**
 * The rebuttal ids that rules name: a string literal given as the rebuttal id of
 * {@code new RebuttalChoice(...)} or {@code new SituationRebuttal(...)}, and every id
 * that {@code slug(category) + ".suffix"} can produce. An id computed any other way (such as the id
 * of the finding that decided the verdict) is passed on, not named, and is not counted.
 */
final class RebuttalUses {
    /** One rule naming one rebuttal id, and where the id is written. */
    record Use(String id, AuthoredRules.Rule rule, AuthoredRules.Location location) {}

    /** A call that names a rebuttal id, and the 0-based position of the id among its arguments. */
    private record IdArgument(String callee, int position) {}

    private static final List<IdArgument> CALLS = List.of(
            new IdArgument("new RebuttalChoice", 1),
            new IdArgument("new SituationRebuttal", 1));
    private static final Pattern SLUG_PLUS_SUFFIX = Pattern.compile("^slug\\s*\\(.*\\)\\s*\\+\\s*\"([^\"]*)\"$");

    private RebuttalUses() {}

    static List<Use> of(AuthoredRules rules) {
        List<Use> uses = new ArrayList<>();
        for (AuthoredRules.Rule rule : rules.rules()) {
            for (IdArgument call : CALLS) {
                for (List<String> arguments : CodeScan.callsOf(rule.consequence(), call.callee())) {
                    if (arguments.size() > call.position()) {
                        addUses(uses, rules, rule, arguments.get(call.position()));
                    }
                }
            }
        }
        return uses;
    }

    private static void addUses(List<Use> uses, AuthoredRules rules, AuthoredRules.Rule rule, String argument) {
        CodeScan.stringLiteral(argument).ifPresent(id -> uses.add(new Use(id, rule, rules.locate(rule, id))));
        Matcher slugged = SLUG_PLUS_SUFFIX.matcher(argument.strip());
        if (slugged.matches()) {
            AuthoredRules.Location where = rules.locate(rule, argument.strip());
            for (Category category : Category.values()) {
                uses.add(new Use(slug(category) + slugged.group(1), rule, where));
            }
        }
    }

    /** The same slug the rules' {@code slug(category)} function gives: TIGHT_CASH is "tight-cash". */
    static String slug(Category category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
