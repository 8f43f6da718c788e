package org.excuseengine.model.fact;

import org.excuseengine.model.Category;

/**
 * Judged: something that bears on whether one excuse is true, seen by a rule under
 * {@code rules/credibility/}. The scorecard sheet turns each signal into points.
 *
 * @param code   what was seen, e.g. {@code TICKET_OPEN}; the scorecard's rows match on it
 * @param count  how much of it, where that matters (times, days, percent); 1 otherwise
 * @param detail the figures behind it, shown as the reason for its points
 */
public record Signal(int excuseIndex, Category category, String code, int count, String detail) {}
