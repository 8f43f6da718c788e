package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * The top-level conditions of a rule as plain facts to reason about: each a fact type that must
 * exist (a pattern, or {@code exists}) or must not ({@code not}), with its constraints as written.
 * A binding {@code $v : field} counts as the constraint {@code field == $v}. Patterns read
 * {@code from} a source (accumulate, collect, a list) and nested {@code or}/{@code forall} are left
 * out: nothing is concluded from them.
 */
final class Conditions {
    private static final Pattern BINDING = Pattern.compile("^(\\$[\\w$]+)\\s*:\\s*([\\w.]+)$");
    private static final Pattern COMPARISON = Pattern.compile("^([\\w.]+)\\s*(==|!=)\\s*(.+)$");

    /** One condition: a fact of {@code type} with {@code constraints} must exist, or, when {@code negated}, must not. */
    record Condition(boolean negated, String type, List<String> constraints) {}

    private Conditions() {}

    static List<Condition> of(AuthoredRules.Rule rule) {
        List<Condition> conditions = new ArrayList<>();
        for (BaseDescr element : rule.descr().getLhs().getDescrs()) {
            if (element instanceof PatternDescr pattern) {
                addPattern(conditions, false, pattern);
            } else if (element instanceof NotDescr not && not.getDescrs().size() == 1
                    && not.getDescrs().get(0) instanceof PatternDescr pattern) {
                addPattern(conditions, true, pattern);
            } else if (element instanceof ExistsDescr exists && exists.getDescrs().size() == 1
                    && exists.getDescrs().get(0) instanceof PatternDescr pattern) {
                addPattern(conditions, false, pattern);
            }
        }
        return conditions;
    }

    /**
     * Whether a fact that meets {@code required} must also meet {@code constraint}: it is among
     * them as written, or it says {@code field != X} where they say {@code field == Y}, X and Y
     * different constants.
     */
    static boolean implies(List<String> required, String constraint) {
        if (required.contains(constraint)) {
            return true;
        }
        Matcher asked = COMPARISON.matcher(constraint);
        if (!asked.matches() || !asked.group(2).equals("!=") || !isConstant(asked.group(3))) {
            return false;
        }
        return required.stream().map(COMPARISON::matcher).anyMatch(given -> given.matches()
                && given.group(1).equals(asked.group(1)) && given.group(2).equals("==")
                && isConstant(given.group(3)) && !given.group(3).equals(asked.group(3)));
    }

    /** Whether no one fact can meet both: the same field must equal two different constants. */
    static boolean contradict(List<String> some, List<String> others) {
        for (String one : some) {
            Matcher a = COMPARISON.matcher(one);
            if (!a.matches() || !a.group(2).equals("==") || !isConstant(a.group(3))) {
                continue;
            }
            for (String other : others) {
                Matcher b = COMPARISON.matcher(other);
                if (b.matches() && b.group(2).equals("==") && b.group(1).equals(a.group(1))
                        && isConstant(b.group(3)) && !b.group(3).equals(a.group(3))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addPattern(List<Condition> conditions, boolean negated, PatternDescr pattern) {
        if (pattern.getSource() != null) {
            return;
        }
        List<String> constraints = new ArrayList<>();
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                constraints.add(normalized(expression.getExpression()));
            }
        }
        conditions.add(new Condition(negated, pattern.getObjectType(), constraints));
    }

    private static String normalized(String expression) {
        String text = expression.strip().replaceAll("\\s+", " ");
        Matcher binding = BINDING.matcher(text);
        return binding.matches() ? binding.group(2) + " == " + binding.group(1) : text;
    }

    /** A literal, an enum constant or a number: not a bound variable, not an expression. */
    private static boolean isConstant(String value) {
        String text = value.strip();
        return !text.startsWith("$") && text.matches("\"[^\"]*\"|[\\w.]+");
    }
}
