package org.excuseengine.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes amounts the way people read them in rebuttals and reasons: whole units, grouped, 120,000. */
public final class Amounts {
    // DecimalFormat is not thread-safe and costly to build: one per thread.
    private static final ThreadLocal<DecimalFormat> GROUPED =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Amounts() {}

    public static String format(BigDecimal amount) {
        return amount == null ? "0" : GROUPED.get().format(amount);
    }
}
