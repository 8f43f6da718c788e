package org.excuseengine.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a visit that a rebuttal text may name, e.g. {@code {overdue}}. Amounts and dates
 * come already written as the customer reads them; {@code days} stays a number, so that a text
 * may choose its words by it ({@code {days, plural, one {# day} other {# days}}}).
 *
 * @param overdue   the overdue amount
 * @param days      how many days it is overdue
 * @param date      the date of the next follow-up
 * @param partial   the part payment to settle for
 * @param ask       the amount to open the negotiation with
 * @param committed the amount the customer committed to, 0 if none
 */
record RebuttalFigures(String overdue, int days, String date, String partial, String ask, String committed) {
    /** The names a text may use: this record's components, so the lint and the engine never disagree. */
    static final Set<String> NAMES = Arrays.stream(RebuttalFigures.class.getRecordComponents())
            .map(component -> component.getName())
            .collect(Collectors.toUnmodifiableSet());

    Map<String, Object> asArguments() {
        return Map.of("overdue", overdue, "days", days, "date", date, "partial", partial, "ask", ask,
                "committed", committed);
    }
}
