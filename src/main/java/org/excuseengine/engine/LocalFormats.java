package org.excuseengine.engine;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.excuseengine.text.Languages;

/**
 * Amounts and dates as a customer reads them aloud, by rebuttal language, through ICU:
 * {@code Wed 18 March}, {@code 3月18日（週三）}, {@code 3月18日（周三）}; {@code 120,000} in English and
 * {@code 12萬} / {@code 12万} in Chinese where the amount is a whole number of thousands from ten
 * thousand up to a hundred million (else grouped digits, which are exact). A date in another year
 * than the visit's says its year.
 */
final class LocalFormats {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /**
     * ICU's formats are not thread-safe and cost more to build than to use (a tenth of an
     * assessment when built per amount), so each thread keeps its own.
     */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(ULocale.ROOT)));
    private static final ThreadLocal<Map<String, DateWriter>> DATE_WRITERS = ThreadLocal.withInitial(HashMap::new);

    private final String language;
    private final ULocale locale;
    private final LocalDate today;

    LocalFormats(String language, LocalDate today) {
        this.language = language;
        this.locale = ULocale.forLanguageTag(language);
        this.today = today;
    }

    String amount(BigDecimal amount) {
        if (amount == null) {
            return grouped(BigDecimal.ZERO);
        }
        boolean chinese = !Languages.EN.equals(language);
        if (chinese && amount.compareTo(TEN_THOUSAND) >= 0 && amount.compareTo(HUNDRED_MILLION) < 0
                && amount.remainder(THOUSAND).signum() == 0) {
            String wan = amount.divide(TEN_THOUSAND).stripTrailingZeros().toPlainString();
            return wan + (Languages.ZH_HANS.equals(language) ? "万" : "萬");
        }
        return grouped(amount);
    }

    String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        boolean sameYear = date.getYear() == today.getYear();
        String pattern = switch (language) {
            case Languages.EN -> sameYear ? "EEE d MMMM" : "EEE d MMMM y";
            default -> sameYear ? "M月d日（EEE）" : "y年M月d日（EEE）";
        };
        Map<String, DateWriter> writers = DATE_WRITERS.get();
        return writers.computeIfAbsent(language + '|' + pattern, key -> new DateWriter(pattern, locale)).write(date);
    }

    /** Whole units, grouped by thousands as both languages write digits: 123,456. */
    private static String grouped(BigDecimal amount) {
        return GROUPED.get().format(amount);
    }

    /** One date pattern in one locale, with the calendar it formats through. */
    private static final class DateWriter {
        private final SimpleDateFormat format;
        private final GregorianCalendar calendar;

        DateWriter(String pattern, ULocale locale) {
            format = new SimpleDateFormat(pattern, locale);
            format.setTimeZone(TimeZone.GMT_ZONE);
            calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        }

        String write(LocalDate date) {
            calendar.clear();
            calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            return format.format(calendar.getTime());
        }
    }
}
