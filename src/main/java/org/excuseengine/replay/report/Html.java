package org.excuseengine.replay.report;

import java.util.Locale;

/**
 * Escaping and the attributes that tie a figure on the page to the metrics JSON: every figure the
 * report shows carries {@code data-metric} (a JSON pointer into the metrics file) and
 * {@code data-value} (the value there, as the JSON writes it), so a reader, or a test, can check
 * it against the file of the same run.
 */
final class Html {
    private Html() {}

    /** Text or an attribute value with the five characters that mean something in HTML escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A JSON pointer (RFC 6901) to a value of the metrics file: its parts with '~' and '/' escaped. */
    static String pointer(Object... parts) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            out.append('/').append(String.valueOf(part).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** The attributes naming a figure's place in the metrics file and its value there. */
    static String metric(String pointer, Object value) {
        return " data-metric=\"" + escape(pointer) + "\" data-value=\"" + escape(jsonValue(value)) + "\"";
    }

    /** A value as the metrics JSON writes it: numbers as Java prints them, which is what Jackson writes. */
    static String jsonValue(Object value) {
        return value == null ? "null" : String.valueOf(value);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String auc(Double auc) {
        return auc == null ? "–" : String.format(Locale.ROOT, "%.3f", auc);
    }

    /** A figure in a span, with its place and value in the metrics file; {@code shown} is what the reader sees. */
    static String figure(String pointer, Object value, String shown) {
        return "<span class=\"figure\"" + metric(pointer, value) + ">" + escape(shown) + "</span>";
    }
}
