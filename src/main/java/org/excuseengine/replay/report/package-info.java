/**
 * Internal: the backtest report, one self-contained HTML file drawn from a run's metrics
 * ({@code backtest --report}, {@code replay --report}). Charts are SVG written here, so the file
 * needs no script and no network. No compatibility promise.
 */
package org.excuseengine.replay.report;
