package org.excuseengine.model;

/** Why a result came out as it did: the rule that decided it and the figures that made it fire. */
public record Reason(String rule, String detail) {}
