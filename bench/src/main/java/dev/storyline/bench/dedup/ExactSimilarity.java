package dev.storyline.bench.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference: exact Jaccard similarity and containment of every pair of documents that share a shingle, from an
 * inverted index over the shingle sets (pairs that share nothing have both at zero).
 */
final class ExactSimilarity {

    /** A pair {@code earlier < later} with its exact Jaccard similarity and containment of the smaller set. */
    record Pair(int earlier, int later, double jaccard, double containment) {
    }

    private ExactSimilarity() {
    }

    /** All pairs whose Jaccard similarity or containment reaches {@code floor}. */
    static List<Pair> pairs(List<long[]> shingleSets, double floor) {
        Map<Long, int[]> postings = new HashMap<>();
        Map<Long, Integer> lengths = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        int[] shared = new int[shingleSets.size()];
        int[] touched = new int[shingleSets.size()];
        for (int doc = 0; doc < shingleSets.size(); doc++) {
            long[] shingles = shingleSets.get(doc);
            int touchedCount = 0;
            for (long shingle : shingles) {
                int[] posting = postings.get(shingle);
                int length = posting == null ? 0 : lengths.get(shingle);
                for (int p = 0; p < length; p++) {
                    int other = posting[p];
                    if (shared[other]++ == 0) {
                        touched[touchedCount++] = other;
                    }
                }
                if (posting == null || length == posting.length) {
                    int[] grown = new int[Math.max(4, length * 2)];
                    if (posting != null) {
                        System.arraycopy(posting, 0, grown, 0, length);
                    }
                    postings.put(shingle, grown);
                    posting = grown;
                }
                posting[length] = doc;
                lengths.put(shingle, length + 1);
            }
            for (int t = 0; t < touchedCount; t++) {
                int other = touched[t];
                int intersection = shared[other];
                shared[other] = 0;
                int sizeA = shingles.length;
                int sizeB = shingleSets.get(other).length;
                double jaccard = (double) intersection / (sizeA + sizeB - intersection);
                double containment = (double) intersection / Math.min(sizeA, sizeB);
                if (jaccard >= floor || containment >= floor) {
                    pairs.add(new Pair(other, doc, jaccard, containment));
                }
            }
        }
        return pairs;
    }
}
