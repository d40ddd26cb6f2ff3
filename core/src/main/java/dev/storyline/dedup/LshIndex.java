package dev.storyline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Banded locality-sensitive hashing over MinHash signatures: a signature is cut into {@code bands} bands of
 * {@code rows} rows, and two documents are candidates when any band is identical. Documents are added one at a time
 * and each query answers with the earlier documents that share a band.
 */
public final class LshIndex {

    private final int bands;
    private final int rows;
    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();

    public LshIndex(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        for (int b = 0; b < bands; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** The documents added so far that share at least one band with {@code signature}. */
    public Set<Integer> candidates(long[] signature) {
        Set<Integer> found = new LinkedHashSet<>();
        for (int b = 0; b < bands; b++) {
            List<Integer> bucket = buckets.get(b).get(bandKey(signature, b));
            if (bucket != null) {
                found.addAll(bucket);
            }
        }
        return found;
    }

    public void add(int document, long[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.length + " values is shorter than "
                    + bands + " bands x " + rows + " rows");
        }
        for (int b = 0; b < bands; b++) {
            buckets.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(1)).add(document);
        }
    }

    private long bandKey(long[] signature, int band) {
        long key = band;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            key = MinHasher.mix(key * 31 + signature[r]);
        }
        return key;
    }
}
