package org.excuseengine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
    @Test
    void findsEveryOccurrenceOfEveryKeyIncludingOverlaps() {
        AhoCorasick automaton = AhoCorasick.of(List.of("he", "she", "his", "hers", "不过", "周转不过来"));
        List<String> found = new ArrayList<>();
        String text = "ushers 周转不过来";
        automaton.scan(text, (key, start, end) -> found.add(key + "@" + text.substring(start, end) + ":" + start));
        assertEquals(List.of("1@she:1", "0@he:2", "3@hers:2", "4@不过:9", "5@周转不过来:7"), found);
    }

    @Test
    void findsNothingInTextWithoutKeys() {
        List<Integer> found = new ArrayList<>();
        AhoCorasick.of(List.of("abc")).scan("abxabyab", (key, start, end) -> found.add(key));
        assertEquals(List.of(), found);
    }
}
