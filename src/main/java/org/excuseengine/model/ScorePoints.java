package org.excuseengine.model;

/**
 * One line of an excuse's credibility scorecard (contract version 1.1): the rule (a row of the
 * scorecard sheet) that gave the points, the points it added or took away, and what it saw.
 */
public record ScorePoints(String rule, int points, String detail) {}
