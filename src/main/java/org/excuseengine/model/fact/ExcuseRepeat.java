package org.excuseengine.model.fact;

import java.time.LocalDate;
import org.excuseengine.model.Category;

/**
 * Derived: how often this visit's excuse of {@code category} was already logged at earlier visits
 * within the last {@code windowDays} days, and when first.
 */
public record ExcuseRepeat(Category category, int windowDays, int times, LocalDate first) {}
