package org.excuseengine.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DecimalLimitsTest {
    @Test
    void trailingZerosDoNotCountTowardsTheTwelveDecimals() {
        assertTrue(DecimalLimits.fits(new BigDecimal("0.123456789012")));
        assertTrue(DecimalLimits.fits(new BigDecimal("0.50000000000000000000")));   // as a NUMERIC(38, 20) column gives it
        assertTrue(DecimalLimits.fits(new BigDecimal("0E-20")));
        assertFalse(DecimalLimits.fits(new BigDecimal("0.1234567890123")));
    }

    @Test
    void aNumberWrittenWithMoreThanAThousandDecimalsDoesNotFitEvenWhenTheyAreZeros() {
        // 0e-999999999 is zero, but 100 minus it has a billion decimals: every sum the rules make carries its scale.
        assertFalse(DecimalLimits.fits(new BigDecimal("0e-999999999")));
        assertFalse(DecimalLimits.fits(new BigDecimal(BigInteger.TEN.pow(5_000), 5_000)));   // 1.000…, 5,000 zeros
        assertTrue(DecimalLimits.fits(new BigDecimal(BigInteger.TEN.pow(1_000), 1_000)));
    }

    @Test
    void eighteenDigitsBeforeThePointFitAndNineteenDoNot() {
        assertTrue(DecimalLimits.fits(new BigDecimal("999999999999999999.5")));
        assertFalse(DecimalLimits.fits(new BigDecimal("1000000000000000000")));
        assertFalse(DecimalLimits.fits(new BigDecimal("1e999999999")));
        assertTrue(DecimalLimits.fits(new BigDecimal("0e999999999")));   // zero, whatever its exponent: nothing to carry
    }
}
