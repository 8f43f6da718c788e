package org.excuseengine.model.fact;

import java.time.LocalDate;
import org.excuseengine.model.Category;

/**
 * Derived: how often this visit's excuse of {@code category} was heard at earlier visits within the
 * last {@code windowDays} days, counted as distinct issues: a complaint raised again while its
 * ticket stays open is the same issue, not a new excuse.
 *
 * @param times     earlier distinct issues (for a complaint with an open ticket, that ticket's issue not counted)
 * @param first     the first earlier mention in the window, or null
 * @param sameIssue earlier mentions of a complaint whose ticket is still open: raised again, not repeated
 */
public record ExcuseRepeat(Category category, int windowDays, int times, LocalDate first, int sameIssue) {}
