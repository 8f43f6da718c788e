package org.excuseengine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Unmodifiable copies that keep null elements, so that a visit built in Java with a null in a
 * list reaches the engine's checks and is rejected naming the element, as the same visit in JSON
 * is, instead of failing in a constructor with a bare NullPointerException.
 */
final class NullTolerantLists {
    private NullTolerantLists() {}

    static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
