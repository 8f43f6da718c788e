package org.excuseengine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An excuse heard at the visit: its words, its category, or both. A missing category is classified
 * from the text. {@code evidence} lists codes of what the customer showed, such as
 * {@code TICKET_REFERENCE} or {@code DOWNSTREAM_AGING_REPORT}. {@code disputedAmount}, when given,
 * is the part of the debt the excuse disputes (the affected goods; contract 1.1).
 */
public record ExcuseInput(String text, Category category, List<String> evidence, BigDecimal disputedAmount) {
    public ExcuseInput {
        evidence = NullTolerantLists.copyOf(evidence);
    }

    public ExcuseInput(String text, Category category, List<String> evidence) {
        this(text, category, evidence, null);
    }

    public static ExcuseInput of(Category category) {
        return new ExcuseInput(null, category, List.of());
    }

    public static ExcuseInput of(String text) {
        return new ExcuseInput(text, null, List.of());
    }
}
