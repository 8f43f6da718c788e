package org.excuseengine.model.fact;

/** How an earlier promise to pay turned out. */
public enum PromiseStatus { KEPT, PARTIAL, BROKEN, PENDING }
