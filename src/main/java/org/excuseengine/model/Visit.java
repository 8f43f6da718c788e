package org.excuseengine.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One collection visit, as the CRM logs it (contract version 1). The visit's {@code date} is
 * "today" for every rule: history is judged relative to it, never to the wall clock.
 *
 * @param lang optional language for rebuttals when an excuse's text does not tell
 *             ({@code zh-Hant}, {@code zh-Hans} or {@code en}); an addition to the contract
 */
public record Visit(
        String visitId,
        LocalDate date,
        Customer customer,
        History history,
        BigDecimal target,
        Commitment commitment,
        List<ExcuseInput> excuses,
        Outcome outcome,
        String lang) {

    public Visit {
        history = history == null ? History.EMPTY : history;
        excuses = NullTolerantLists.copyOf(excuses);
    }
}
