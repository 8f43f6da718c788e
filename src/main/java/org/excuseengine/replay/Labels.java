package org.excuseengine.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a journal says a customer really was and meant: its behaviour profile and the intent
 * behind each excuse. The rules never see them; a backtest groups its metrics by them to show
 * whether the rules tell one kind of customer from another. Both are null or empty when unknown.
 */
public record Labels(String profile, List<String> intents) {
    public static final Labels NONE = new Labels(null, List.of());

    public Labels {
        // An unknown intent stays null in its place, so that intents line up with the excuses.
        intents = intents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(intents));
    }

    /** The intent of the excuse at {@code index}, or null when the journal did not say. */
    public String intentOf(int index) {
        return index < intents.size() ? intents.get(index) : null;
    }
}
