package org.excuseengine.model;

/** How likely the customer is not to pay as committed, judged from its record: lowest first. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
