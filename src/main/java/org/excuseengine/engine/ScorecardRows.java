package org.excuseengine.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excuseengine.model.Category;

/**
 * The rows of the credibility scorecard among the authored rules: those that give an excuse
 * points, and the categories each is written for, read from its {@code listed("...", category.name())}
 * condition (a row without one applies to every category).
 */
final class ScorecardRows {
    private static final Pattern LISTED_CATEGORIES = Pattern.compile("listed\\(\\s*\"([^\"]*)\"\\s*,\\s*category\\.name\\(\\)\\s*\\)");

    private ScorecardRows() {}

    static boolean givesCredibilityPoints(AuthoredRules.Rule rule) {
        return CodeScan.calls(rule.consequence(), "new CredibilityPoints");
    }

    static boolean appliesTo(AuthoredRules authored, AuthoredRules.Rule rule, Category category) {
        Matcher listed = LISTED_CATEGORIES.matcher(authored.conditionsText(rule));
        if (!listed.find()) {
            return true;
        }
        for (String name : listed.group(1).trim().split("\\s+")) {
            if (name.equals(category.name())) {
                return true;
            }
        }
        return false;
    }
}
