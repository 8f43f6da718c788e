package org.excuseengine.model.fact;

/**
 * How an earlier promise to pay turned out: kept (in full by its due date and grace days), kept late
 * (in full, but only after the grace days), partly kept, broken (nothing paid), or still pending.
 */
public enum PromiseStatus { KEPT, KEPT_LATE, PARTIAL, BROKEN, PENDING }
