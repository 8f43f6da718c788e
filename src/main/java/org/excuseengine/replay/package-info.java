/**
 * Supported API: replaying a file of visits ({@code SnapshotReplay}) or an event journal
 * ({@code JournalReplay}) through a champion's rules and, optionally, a challenger's
 * ({@code RuleSets}), with the metrics of the run. Its {@code generator} sub-package is internal.
 */
package org.excuseengine.replay;
