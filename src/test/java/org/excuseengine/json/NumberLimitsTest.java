package org.excuseengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A number out of bounds in a visit's JSON is refused, naming its field, before the schema validator prints it. */
class NumberLimitsTest {
    private static final ContractJson JSON = new ContractJson();
    private static final String VISIT_WITH_PAYMENT = "{\"visitId\": \"V-1\", \"customer\": {\"id\": \"C-1\", \"creditRating\": \"B\"},"
            + " \"history\": {\"payments\": [{\"date\": \"2026-02-02\", \"amount\": %s}]}}";

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e999999999", "0.1234567890123", "1234567890123456789.5"})
    void aNumberOutOfBoundsIsRefusedNamingItsField(String amount) {
        InvalidVisitException error = assertThrows(InvalidVisitException.class,
                () -> JSON.readVisit(VISIT_WITH_PAYMENT.formatted(amount)));

        assertEquals("/history/payments/0/amount: expected a number with at most 18 digits before the decimal point"
                + " and 12 after it", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.123456789012", "20000.000000000000000000", "2e3", "0e-999999999"})
    void aNumberWithinTheBoundsIsRead(String amount) {
        BigDecimal read = JSON.readVisit(VISIT_WITH_PAYMENT.formatted(amount)).history().payments().get(0).amount();

        assertEquals(0, read.compareTo(new BigDecimal(amount)), read.toString());
    }
}
