package org.excuseengine.model;

import java.time.LocalDate;

/** An excuse logged at an earlier visit. */
public record PastExcuse(LocalDate date, Category category) {}
