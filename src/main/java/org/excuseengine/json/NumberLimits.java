package org.excuseengine.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The size every number of a visit must keep to before anything else looks at it. A literal such
 * as {@code 1e-999999999} is 12 characters long, yet printing it in full takes a billion digits:
 * the schema validator and the rules would run out of memory on it. Checked on the parsed tree,
 * before validation, so that such a number is refused in microseconds with the field it is in.
 */
final class NumberLimits {
    /** Digits before the decimal point: amounts go up to 10^15, so 18 leaves room and no more. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the decimal point, trailing zeros not counted: room for any currency and for ratios. */
    static final int MAX_DECIMALS = 12;

    private NumberLimits() {}

    /** The JSON pointer of the first number out of bounds and what was expected, or null when all fit. */
    static String firstProblem(JsonNode node) {
        return check(node, new StringBuilder());
    }

    private static String check(JsonNode node, StringBuilder pointer) {
        if (node.isNumber()) {
            return fits(node) ? null : (pointer.length() == 0 ? "/" : pointer) + ": expected a number with at most "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point and " + MAX_DECIMALS + " after it";
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
        BigDecimal value = number.isBigDecimal() ? number.decimalValue() : new BigDecimal(number.bigIntegerValue());
        if (value.signum() == 0) {
            return true;
        }
        // precision - scale is the count of digits before the point; both are cheap to read even for 1e-999999999.
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return false;
        }
        return value.scale() <= MAX_DECIMALS || value.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }
}
