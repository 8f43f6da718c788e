package org.excuseengine.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

/**
 * Finds every occurrence of many keys in one pass over a text (the Aho-Corasick automaton), so the
 * cost of classifying a text grows with its length, not with the size of the lexicon.
 * Immutable once built, and so safe to share between threads.
 */
final class AhoCorasick {
    /** Receives each occurrence: which key, and where it starts and ends (exclusive) in the text. */
    @FunctionalInterface
    interface HitSink {
        void hit(int keyId, int start, int end);
    }

    private final char[][] edgeChars;   // per state: sorted characters that lead out of it
    private final int[][] edgeTargets;  // per state: the state each of those characters leads to
    private final int[] failure;         // per state: the longest proper suffix that is also a state
    private final int[][] outputs;       // per state: the keys that end here, including via failure
    private final int[] keyLengths;

    private AhoCorasick(char[][] edgeChars, int[][] edgeTargets, int[] failure, int[][] outputs, int[] keyLengths) {
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.failure = failure;
        this.outputs = outputs;
        this.keyLengths = keyLengths;
    }

    /** Builds the automaton; key {@code i} of the list reports as key id {@code i}. Keys must not be empty. */
    static AhoCorasick of(List<String> keys) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        int[] keyLengths = new int[keys.size()];
        for (int id = 0; id < keys.size(); id++) {
            String key = keys.get(id);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty key");
            }
            keyLengths[id] = key.length();
            int state = 0;
            for (int i = 0; i < key.length(); i++) {
                Integer next = trie.get(state).get(key.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                    trie.get(state).put(key.charAt(i), next);
                }
                state = next;
            }
            ends.get(state).add(id);
        }
        return freeze(trie, ends, keyLengths);
    }

    private static AhoCorasick freeze(List<TreeMap<Character, Integer>> trie, List<List<Integer>> ends, int[] keyLengths) {
        int size = trie.size();
        char[][] edgeChars = new char[size][];
        int[][] edgeTargets = new int[size][];
        for (int s = 0; s < size; s++) {
            edgeChars[s] = new char[trie.get(s).size()];
            edgeTargets[s] = new int[trie.get(s).size()];
            int i = 0;
            for (Map.Entry<Character, Integer> edge : trie.get(s).entrySet()) {
                edgeChars[s][i] = edge.getKey();
                edgeTargets[s][i++] = edge.getValue();
            }
        }
        int[] failure = new int[size];
        int[][] outputs = new int[size][];
        outputs[0] = toArray(ends.get(0));
        // Breadth first, so a state's failure target (always shallower) is complete before the state.
        Queue<Integer> breadthFirst = new ArrayDeque<>();
        for (int child : edgeTargets[0]) {
            breadthFirst.add(child);
        }
        while (!breadthFirst.isEmpty()) {
            int state = breadthFirst.remove();
            outputs[state] = concat(toArray(ends.get(state)), outputs[failure[state]]);
            for (int i = 0; i < edgeChars[state].length; i++) {
                char c = edgeChars[state][i];
                int fallback = failure[state];
                int target = step(edgeChars, edgeTargets, fallback, c);
                while (target < 0 && fallback != 0) {
                    fallback = failure[fallback];
                    target = step(edgeChars, edgeTargets, fallback, c);
                }
                failure[edgeTargets[state][i]] = Math.max(target, 0);
                breadthFirst.add(edgeTargets[state][i]);
            }
        }
        return new AhoCorasick(edgeChars, edgeTargets, failure, outputs, keyLengths);
    }

    private static int step(char[][] edgeChars, int[][] edgeTargets, int state, char c) {
        int i = Arrays.binarySearch(edgeChars[state], c);
        return i < 0 ? -1 : edgeTargets[state][i];
    }

    /** Reports every key occurrence in {@code text}, ordered by where it ends. */
    void scan(CharSequence text, HitSink sink) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = step(edgeChars, edgeTargets, state, c);
            while (next < 0 && state != 0) {
                state = failure[state];
                next = step(edgeChars, edgeTargets, state, c);
            }
            state = next < 0 ? 0 : next;
            for (int keyId : outputs[state]) {
                sink.hit(keyId, i + 1 - keyLengths[keyId], i + 1);
            }
        }
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
