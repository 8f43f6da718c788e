package org.excuseengine.model;

public enum TicketStatus { OPEN, RESOLVED }
