package org.excuseengine.replay.journal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of event a journal holds, each with its name in the journal. Declared in the order
 * events of one day are replayed: a customer exists before anything happens to it, a ticket is
 * opened before it is resolved, and promises (including a visit's commitment) are on the books
 * before the day's payments are allocated to them.
 */
public enum EventType {
    CUSTOMER("customer"),
    RATING_CHANGED("rating_changed"),
    TICKET_OPENED("ticket_opened"),
    TICKET_RESOLVED("ticket_resolved"),
    PROMISE("promise"),
    VISIT("visit"),
    PAYMENT("payment");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name of this type in a journal's {@code type} field. */
    public String wireName() {
        return wireName;
    }

    /** The type named {@code name} in a journal, or null when there is none. */
    public static EventType ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst().orElse(null);
    }

    static String allWireNames() {
        return Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "));
    }
}
