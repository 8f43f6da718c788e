package org.excuseengine.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import org.excuseengine.model.DecimalLimits;

/**
 * {@link DecimalLimits} on every number of a visit's JSON tree, before anything else looks at it:
 * checked on the parsed tree, before validation, so that a number such as {@code 1e-999999999} is
 * refused in microseconds with the field it is in, before the schema validator prints it in full.
 */
final class NumberLimits {
    private NumberLimits() {}

    /** The JSON pointer of the first number out of bounds and what was expected, or null when all fit. */
    static String firstProblem(JsonNode node) {
        return check(node, new StringBuilder());
    }

    private static String check(JsonNode node, StringBuilder pointer) {
        if (node.isNumber()) {
            return fits(node) ? null : (pointer.length() == 0 ? "/" : pointer) + ": expected " + DecimalLimits.EXPECTED;
        }
        int mark = pointer.length();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                pointer.append('/').append(field.getKey().replace("~", "~0").replace("/", "~1"));
                String problem = check(field.getValue(), pointer);
                pointer.setLength(mark);
                if (problem != null) {
                    return problem;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointer.append('/').append(i);
                String problem = check(node.get(i), pointer);
                pointer.setLength(mark);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static boolean fits(JsonNode number) {
        if (number.isInt() || number.isLong()) {
            return true;
        }
        return DecimalLimits.fits(number.isBigDecimal() ? number.decimalValue() : new BigDecimal(number.bigIntegerValue()));
    }
}
