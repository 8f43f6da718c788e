package org.excuseengine.text;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional to Simplified conversion with ICU's own data, applied quickly.
 *
 * <p>ICU's Traditional-Simplified transliterator is a list of plain rewrite rules ("週 > 周",
 * "資金鍊 > 资金链"); its general rule engine takes about a tenth of a millisecond for a sentence.
 * This class reads those same rules from ICU once and applies them the way ICU does (at each
 * position the first rule that matches, then on past it), in a few microseconds. Should an ICU
 * version ever bring a rule that is not a plain rewrite, it falls back to ICU's transliterator,
 * slower but still right. The test suite checks that both give the same text, ICU's applied
 * until it changes nothing more (see {@link #settleChains}).
 */
final class ChineseScript {
    /** How far a chain of rewrites is followed: ICU's longest is two. */
    private static final int MAX_CHAIN = 8;
    private static final Pattern PLAIN_RULE = Pattern.compile("^(\\p{IsHan}+) > (\\p{IsHan}+);$");
    private static final ThreadLocal<Transliterator> ICU_TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /** Rules by the character they start with, each list in ICU's order. Null when falling back to ICU. */
    private static final Map<Character, List<String[]>> RULES = plainRules("Traditional-Simplified");
    /** The characters some rule starts with. */
    private static final BitSet RULE_STARTS = ruleStarts(RULES);
    private static final Set<Integer> TRADITIONAL_ONLY = changedCharacters("Traditional-Simplified");
    private static final Set<Integer> SIMPLIFIED_ONLY = changedCharacters("Simplified-Traditional");

    private ChineseScript() {}

    /** A text converted to Simplified script, with the original index of each character. */
    record Converted(String text, int[] origin) {}

    static String toSimplified(String text) {
        return toSimplified(text, null).text();
    }

    /**
     * {@code text} in Simplified script. {@code origin}, when given, holds an index for each char
     * of {@code text} plus its end; the result carries the matching indexes for its own chars.
     */
    static Converted toSimplified(String text, int[] origin) {
        int[] source = origin != null ? origin : identity(text.length());
        if (RULES == null) {
            return viaIcu(text, source);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] mapped = new int[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            String[] rule = firstRuleAt(RULES, text, i);
            String from = rule == null ? text.substring(i, i + Character.charCount(text.codePointAt(i))) : rule[0];
            String to = rule == null ? from : rule[1];
            mapped = grow(mapped, out.length() + to.length() + 1);
            for (int k = 0; k < to.length(); k++) {
                mapped[out.length() + k] = source[i + Math.min(k, from.length() - 1)];
            }
            out.append(to);
            i += from.length();
        }
        mapped[out.length()] = source[text.length()];
        return new Converted(out.toString(), java.util.Arrays.copyOf(mapped, out.length() + 1));
    }

    /** ICU's transliterator itself: the reference the fast path must agree with. */
    static String viaIcu(String text) {
        return ICU_TO_SIMPLIFIED.get().transliterate(text);
    }

    /** A character written one way in Traditional script and another in Simplified (錢, 週). */
    static boolean isTraditionalOnly(int codePoint) {
        return TRADITIONAL_ONLY.contains(codePoint);
    }

    /** A character written one way in Simplified script and another in Traditional (钱, 专). */
    static boolean isSimplifiedOnly(int codePoint) {
        return SIMPLIFIED_ONLY.contains(codePoint);
    }

    private static String[] firstRuleAt(Map<Character, List<String[]>> rules, String text, int i) {
        char c = text.charAt(i);
        if (rules == RULES && !RULE_STARTS.get(c)) {
            return null;   // most characters start no rule: answered without boxing one for the map
        }
        List<String[]> candidates = rules.get(c);
        if (candidates != null) {
            for (String[] rule : candidates) {
                if (text.startsWith(rule[0], i)) {
                    return rule;
                }
            }
        }
        return null;
    }

    private static Converted viaIcu(String text, int[] source) {
        String converted = viaIcu(text);
        if (converted.length() == text.length()) {
            return new Converted(converted, source.clone());
        }
        // Lengths differ only where a character moves in or out of the supplementary planes; convert
        // a code point at a time to keep each one's origin.
        StringBuilder out = new StringBuilder();
        int[] mapped = new int[text.length() + 1];
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            String piece = viaIcu(text.substring(i, next));
            mapped = grow(mapped, out.length() + piece.length() + 1);
            java.util.Arrays.fill(mapped, out.length(), out.length() + piece.length(), source[i]);
            out.append(piece);
            i = next;
        }
        mapped[out.length()] = source[text.length()];
        return new Converted(out.toString(), java.util.Arrays.copyOf(mapped, out.length() + 1));
    }

    private static BitSet ruleStarts(Map<Character, List<String[]>> rules) {
        BitSet starts = new BitSet(Character.MAX_VALUE + 1);
        if (rules != null) {
            rules.keySet().forEach(c -> starts.set(c));
        }
        return starts;
    }

    private static Map<Character, List<String[]>> plainRules(String id) {
        Map<Character, List<String[]>> rules = new HashMap<>();
        for (String line : Transliterator.getInstance(id).toRules(false).split("\n")) {
            String rule = line.strip();
            if (rule.isEmpty()) {
                continue;
            }
            Matcher plain = PLAIN_RULE.matcher(rule);
            if (!plain.matches()) {
                return null;
            }
            rules.computeIfAbsent(plain.group(1).charAt(0), c -> new ArrayList<>())
                    .add(new String[] {plain.group(1), plain.group(2)});
        }
        settleChains(rules);
        return rules;
    }

    /**
     * A few of ICU's rules write a character that another rule rewrites again (薴 > 苧, then
     * 苧 > 苎), and two even undo each other (苧 > 苎, 苎 > 苧), so that folding a folded text
     * would change it again. Each rule is made to write where its chain ends, or, for a chain that
     * comes round, the first in code point order of the forms it goes round: folding is then the
     * same however often it is done, and either form of such a pair folds to one.
     */
    private static void settleChains(Map<Character, List<String[]>> rules) {
        Map<String[], String> settled = new HashMap<>();
        for (List<String[]> candidates : rules.values()) {
            for (String[] rule : candidates) {
                List<String> chain = new ArrayList<>(List.of(rule[1]));
                String next = rewrite(rules, rule[1]);
                while (!chain.contains(next) && chain.size() < MAX_CHAIN) {
                    chain.add(next);
                    next = rewrite(rules, next);
                }
                List<String> round = chain.contains(next) ? chain.subList(chain.indexOf(next), chain.size()) : List.of(next);
                settled.put(rule, round.stream().min(String::compareTo).orElseThrow());
            }
        }
        settled.forEach((rule, target) -> rule[1] = target);
    }

    /** {@code text} rewritten once by {@code rules}, as {@link #toSimplified} does it. */
    private static String rewrite(Map<Character, List<String[]>> rules, String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String[] rule = firstRuleAt(rules, text, i);
            int length = rule == null ? Character.charCount(text.codePointAt(i)) : rule[0].length();
            out.append(rule == null ? text.substring(i, i + length) : rule[1]);
            i += length;
        }
        return out.toString();
    }

    /** The characters a conversion rewrites when they stand alone: those that belong to the source script only. */
    private static Set<Integer> changedCharacters(String id) {
        Set<Integer> changed = new HashSet<>();
        for (String line : Transliterator.getInstance(id).toRules(false).split("\n")) {
            Matcher plain = PLAIN_RULE.matcher(line.strip());
            if (plain.matches() && plain.group(1).codePointCount(0, plain.group(1).length()) == 1
                    && !plain.group(1).equals(plain.group(2))) {
                changed.add(plain.group(1).codePointAt(0));
            }
        }
        return Set.copyOf(changed);
    }

    private static int[] identity(int length) {
        int[] origin = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            origin[i] = i;
        }
        return origin;
    }

    private static int[] grow(int[] array, int needed) {
        return needed <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(needed, array.length * 2));
    }
}
