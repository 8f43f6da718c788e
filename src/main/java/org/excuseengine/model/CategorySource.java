package org.excuseengine.model;

/** Whether an excuse's category was named by the CRM or classified from the excuse text. */
public enum CategorySource { GIVEN, TEXT }
