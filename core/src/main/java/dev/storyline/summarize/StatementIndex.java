package dev.storyline.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the sentences whose stems have a Dice coefficient of at least a threshold with a given sentence, without
 * comparing every pair (prefix filtering): with each sentence's stems ordered from the rarest to the most common, two
 * sets that reach the threshold must share a stem among the first few of each, so only sentences sharing such a stem,
 * rarest stem first, and of sizes that allow the threshold are compared. Sentences of the same document are never
 * the same statement. Built for one call of a summarizer; not thread-safe.
 */
final class StatementIndex {

    /**
     * The most sentences compared with one sentence when the caller asks for a bounded search
     * ({@link #forEachSame(int, boolean, IntPredicate)}). Rarest stems are tried first, so those compared are the
     * likeliest to state the same; only sentences whose size and shared stem leave the threshold within reach count.
     * A summary of a few dozen articles never meets the bound; in a story of thousands, a sentence that many sources
     * repeat finds its first corroborating sources long before it, and one that none repeats stops there.
     */
    static final int MAX_COMPARED = 250;

    private final int[][] stems;
    private final Object[] documentOf;
    private final double threshold;
    private final Map<Integer, int[]> byPrefixStem = new HashMap<>();
    private final int[] visitedBy;
    private int queries;

    /**
     * @param stems      each sentence's content-word stems
     * @param documentOf each sentence's document (compared by identity): sentences of one document are not matched
     * @param threshold  the least Dice coefficient of two sentences that state the same
     */
    StatementIndex(List<Set<String>> stems, List<?> documentOf, double threshold) {
        this.threshold = threshold;
        this.stems = rarestFirst(stems);
        this.documentOf = documentOf.toArray();
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int c = 0; c < this.stems.length; c++) {
            for (int k = 0; k < prefixLength(this.stems[c].length); k++) {
                List<Integer> posting = postings.computeIfAbsent(this.stems[c][k], stem -> new ArrayList<>());
                posting.add(c);
                posting.add(k);
            }
        }
        postings.forEach((stem, list) -> byPrefixStem.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
        this.visitedBy = new int[this.stems.length];
    }

    /**
     * Calls {@code visitor} with every other sentence that states what sentence {@code c} states, until it returns
     * false; with {@code bounded}, compares at most {@link #MAX_COMPARED} sentences. The order is that of the rarest
     * shared stems, not of the sentences. A sentence met first through a stem so late in both that the stems after it
     * cannot reach the threshold is skipped without comparing (positional filtering).
     */
    void forEachSame(int c, boolean bounded, IntPredicate visitor) {
        int[] own = stems[c];
        int query = ++queries;
        int compared = 0;
        for (int k = 0; k < prefixLength(own.length); k++) {
            int[] posting = byPrefixStem.get(own[k]);
            for (int p = 0; p < posting.length; p += 2) {
                int other = posting[p];
                if (other == c || visitedBy[other] == query) {
                    continue;
                }
                visitedBy[other] = query;
                int[] theirs = stems[other];
                int smaller = Math.min(own.length, theirs.length);
                double needed = threshold * (own.length + theirs.length) / 2;
                int atMost = 1 + Math.min(own.length - k - 1, theirs.length - posting[p + 1] - 1);
                if (smaller < needed - 1e-9 || atMost < needed - 1e-9 || documentOf[other] == documentOf[c]) {
                    continue;
                }
                if (bounded && ++compared > MAX_COMPARED) {
                    return;
                }
                if (sharesAtLeast(own, theirs, needed) && !visitor.test(other)) {
                    return;
                }
            }
        }
    }

    /** Each sentence's stems as ids sorted from the rarest stem among the sentences to the most common. */
    private static int[][] rarestFirst(List<Set<String>> sets) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Set<String> set : sets) {
            for (String stem : set) {
                frequency.merge(stem, 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(frequency.keySet());
        order.sort(Comparator.comparing((String stem) -> frequency.get(stem)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r);
        }
        int[][] ids = new int[sets.size()][];
        for (int c = 0; c < sets.size(); c++) {
            int[] row = new int[sets.get(c).size()];
            int k = 0;
            for (String stem : sets.get(c)) {
                row[k++] = rank.get(stem);
            }
            Arrays.sort(row);
            ids[c] = row;
        }
        return ids;
    }

    /**
     * How many of a set's rarest stems must include a shared one: a set of n stems reaches Dice t with another only
     * by sharing at least t*n/(2-t) stems, so it shares one among its first n - that + 1.
     */
    private int prefixLength(int size) {
        int minShared = (int) Math.ceil(threshold * size / (2 - threshold) - 1e-9);
        return Math.max(0, size - Math.max(1, minShared) + 1);
    }

    /** Whether two sorted stem sets share at least {@code needed} stems; stops as soon as the rest cannot. */
    private static boolean sharesAtLeast(int[] a, int[] b, double needed) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (shared + Math.min(a.length - i, b.length - j) < needed - 1e-9) {
                return false;
            }
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared >= needed - 1e-9;
    }
}
