package org.excuseengine.model.fact;

import org.excuseengine.model.Category;
import org.excuseengine.model.Verdict;

/**
 * Intermediate: an excuse that no credibility rule judged, with the verdict it got all the same.
 * The rebuttal sheet (rules/sheets/rebuttal-choice.drl.csv) answers it by category and verdict.
 * One per excuse at most.
 */
public record UnjudgedExcuse(int excuseIndex, Category category, Verdict verdict) {}
