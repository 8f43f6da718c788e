package org.excuseengine.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deals examples into groups for cross-validation so that every source lies whole in one group:
 * a model tested on a group has never seen a phrasing from that group's sources. The largest
 * sources are dealt first, each to the group with the fewest examples so far, so the groups come
 * out about the same size; the same examples always give the same groups.
 */
final class SourceFolds {
    private SourceFolds() {}

    static List<List<Example>> deal(List<Example> examples, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, not " + folds);
        }
        Map<String, List<Example>> bySource = new LinkedHashMap<>();
        examples.forEach(e -> bySource.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e));
        List<List<Example>> sources = new ArrayList<>(bySource.values());
        sources.sort(Comparator.<List<Example>>comparingInt(List::size).reversed()
                .thenComparing(group -> group.get(0).source()));
        List<List<Example>> groups = new ArrayList<>();
        for (int k = 0; k < Math.min(folds, sources.size()); k++) {
            groups.add(new ArrayList<>());
        }
        for (List<Example> source : sources) {
            groups.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(source);
        }
        return groups;
    }
}
