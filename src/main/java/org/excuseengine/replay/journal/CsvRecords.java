package org.excuseengine.replay.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Turns a CSV row into the JSON object a JSONL journal would hold for the same event. A column's
 * name is the field's path with dots, a number standing for a place in a list:
 * {@code commitment.amount} is {@code {"commitment": {"amount": …}}} and {@code excuses.1.text} is
 * the text of the second excuse. Empty cells are left out.
 */
final class CsvRecords {
    private CsvRecords() {}

    static ObjectNode unflatten(Map<String, String> row) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        row.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                put(root, column.trim().split("\\."), value);
            }
        });
        return root;
    }

    static boolean isBlank(Map<String, String> row) {
        return row.values().stream().allMatch(value -> value == null || value.isBlank());
    }

    private static void put(ObjectNode root, String[] path, String value) {
        JsonNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = child(parent, path[i], isIndex(path[i + 1]));
            if (parent == null) {
                return; // a column that clashes with another (e.g. both "a" and "a.b"): the schema check reports it
            }
        }
        String last = path[path.length - 1];
        if (parent instanceof ObjectNode object) {
            object.put(last, value);
        } else if (parent instanceof ArrayNode array && isIndex(last)) {
            padTo(array, Integer.parseInt(last));
            array.set(Integer.parseInt(last), JsonNodeFactory.instance.textNode(value));
        }
    }

    /** The container under {@code key} of {@code parent}, made when absent: a list when the next key is a number. */
    private static JsonNode child(JsonNode parent, String key, boolean listNext) {
        if (parent instanceof ObjectNode object) {
            JsonNode existing = object.get(key);
            if (existing == null) {
                return listNext ? object.putArray(key) : object.putObject(key);
            }
            return existing.isContainerNode() ? existing : null;
        }
        if (parent instanceof ArrayNode array && isIndex(key)) {
            int index = Integer.parseInt(key);
            padTo(array, index);
            if (array.get(index).isNull()) {
                array.set(index, listNext ? array.arrayNode() : array.objectNode());
            }
            return array.get(index);
        }
        return null;
    }

    private static void padTo(ArrayNode array, int index) {
        while (array.size() <= index) {
            array.addNull();
        }
    }

    private static boolean isIndex(String key) {
        // Bounded, so that a column named excuses.99999999.text cannot make a huge list.
        return key.matches("[0-9]{1,2}");
    }
}
