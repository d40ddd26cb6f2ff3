package dev.storyline.dedup;

/**
 * MinHash signatures: for each of {@code k} seeded hash functions, the minimum hash over a set of shingles. The
 * share of equal positions in two signatures estimates the Jaccard similarity of the two sets.
 */
public final class MinHasher {

    private final long[] seeds;

    public MinHasher(int permutations, long seed) {
        seeds = new long[permutations];
        long state = seed;
        for (int i = 0; i < permutations; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
    }

    /** The signature of a set of shingle hashes; all {@code Long.MAX_VALUE} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] signature = new long[seeds.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(shingle ^ seeds[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The Jaccard similarity estimated from two signatures of equal length. */
    public static double estimateJaccard(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    /** SplitMix64's finalizer: a fast, well-distributed 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
