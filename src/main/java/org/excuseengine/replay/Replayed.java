package org.excuseengine.replay;

/**
 * A replayed visit with the line to write for it: its assessment or the contract's error record,
 * made on the worker thread so that the one writing thread only copies it out. {@code snapshot}
 * is the visit as a snapshot line, when the caller asked for it; else null. Public for engines
 * that replay a journal split by customer on many machines (the Spark job).
 */
public record Replayed(ReplayedVisit visit, String output, String snapshot) {}
