package org.excuseengine.model;

import java.math.BigDecimal;

/**
 * The size every decimal of a visit must keep to, whether the visit was read from JSON or built in
 * Java: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value #MAX_DECIMALS} after it, trailing zeros not counted, and at most
 * {@value #MAX_WRITTEN_DECIMALS} decimals as written, trailing zeros included. {@code 1e-999999999}
 * is 12 characters, yet printing it, or adding any other amount to it, takes a billion digits: the
 * schema validator and the rules would run out of memory or time on it.
 */
public final class DecimalLimits {
    /** Digits before the decimal point: amounts go up to 10^15, so 18 leaves room and no more. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the decimal point, trailing zeros not counted: room for any currency and for ratios. */
    public static final int MAX_DECIMALS = 12;
    /**
     * Decimals as written, trailing zeros included. A sum carries the larger scale of its terms, so
     * {@code 0e-999999999}, zero with no decimal that counts, would make the rules' target minus
     * commitment a number of a billion digits. A thousand is as many as the most generous SQL
     * databases let a column declare. JSON never comes near it: its numbers are read with their
     * trailing zeros dropped.
     */
    public static final int MAX_WRITTEN_DECIMALS = 1_000;
    /** What a number out of bounds should have been, as error messages say it after "expected". */
    public static final String EXPECTED = "a number with at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + MAX_DECIMALS + " after it";

    private DecimalLimits() {}

    public static boolean fits(BigDecimal value) {
        if (value.scale() > MAX_WRITTEN_DECIMALS) {
            return false;
        }
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
