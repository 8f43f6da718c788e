package org.excuseengine.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calls out of the Java code of a rule's consequence, without compiling it: enough to find
 * the arguments a rule passes to {@code findingOf(...)} or {@code new RebuttalChoice(...)}.
 */
final class CodeScan {
    private static final Pattern STRING_LITERAL = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"$");

    private CodeScan() {}

    /** The argument lists, as source text, of every call of {@code callee} in {@code code}, e.g. {@code "new Finding"}. */
    static List<List<String>> callsOf(String code, String callee) {
        List<List<String>> calls = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?<![\\w$.])" + Pattern.quote(callee).replace(" ", "\\E\\s+\\Q") + "\\s*\\(").matcher(code);
        while (matcher.find()) {
            calls.add(arguments(code, matcher.end()));
        }
        return calls;
    }

    /** Whether {@code code} calls {@code callee} anywhere. */
    static boolean calls(String code, String callee) {
        return !callsOf(code, callee).isEmpty();
    }

    /** The value of a Java string literal, or empty when {@code argument} is not one. */
    static Optional<String> stringLiteral(String argument) {
        Matcher matcher = STRING_LITERAL.matcher(argument.strip());
        return matcher.matches() ? Optional.of(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\")) : Optional.empty();
    }

    /** The top-level, comma-separated arguments that start at {@code from}, just after the opening parenthesis. */
    private static List<String> arguments(String code, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(code, i);
                current.append(code, i, end + 1);
                i = end;
                continue;
            }
            if (depth == 0 && (c == ',' || c == ')')) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                if (c == ')') {
                    break;
                }
                continue;
            }
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            current.append(c);
        }
        return arguments;
    }

    private static int endOfQuoted(String code, int start) {
        char quote = code.charAt(start);
        for (int i = start + 1; i < code.length(); i++) {
            if (code.charAt(i) == '\\') {
                i++;
            } else if (code.charAt(i) == quote) {
                return i;
            }
        }
        return code.length() - 1;
    }
}
