package dev.storyline.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index from keys (stems, counted things) to the items that have them, numbered 0, 1, 2... in the order
 * they were added: the candidates a comparison looks at instead of every item. A lookup walks the given keys in
 * order, so a caller that passes the rarest keys first gets the likeliest candidates first, and stops at a bound: the
 * work of one lookup does not grow with the number of items. Not thread-safe; built for one call of a stage.
 */
final class CandidateIndex<K> {

    private final Map<K, List<Integer>> itemsByKey = new HashMap<>();
    private int[] seenBy = new int[16];
    private int[] hits = new int[16];
    private int lookups;
    private int items;

    /** Adds the next item, number {@link #size()}, under each of its keys (each key once). */
    int add(Iterable<K> keys) {
        int item = items++;
        for (K key : keys) {
            itemsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return item;
    }

    /** Adds the next item under no key: it is never a candidate, but keeps the numbering of the items. */
    int addWithoutKeys() {
        return items++;
    }

    int size() {
        return items;
    }

    /**
     * The items that have at least {@code minShared} of {@code keys}, in increasing order, gathering from the keys in
     * the order given and stopping once {@code maxCandidates} different items were met. Below that bound the answer
     * is exact; past it, items reached only through the later keys are left out.
     */
    int[] candidates(Iterable<K> keys, int minShared, int maxCandidates) {
        if (seenBy.length < items) {
            seenBy = Arrays.copyOf(seenBy, Math.max(items, seenBy.length * 2));
            hits = Arrays.copyOf(hits, seenBy.length);
        }
        int lookup = ++lookups;
        List<Integer> met = new ArrayList<>();
        walk:
        for (K key : keys) {
            List<Integer> posting = itemsByKey.get(key);
            if (posting == null) {
                continue;
            }
            for (int item : posting) {
                if (seenBy[item] != lookup) {
                    if (met.size() >= maxCandidates) {
                        break walk;
                    }
                    seenBy[item] = lookup;
                    hits[item] = 0;
                    met.add(item);
                }
                hits[item]++;
            }
        }
        int[] candidates = met.stream().mapToInt(Integer::intValue).filter(item -> hits[item] >= minShared).toArray();
        Arrays.sort(candidates);
        return candidates;
    }
}
