package org.excuseengine.replay;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything a replay measured, as {@code --metrics} writes it: the champion's metrics and, when
 * a challenger ran, the challenger's and how the two differ.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplayMetrics(MetricsReport champion, MetricsReport challenger, ComparisonReport comparison) {}
