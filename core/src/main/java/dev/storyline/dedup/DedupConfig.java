package dev.storyline.dedup;

/**
 * The parameters of near-duplicate detection in one place.
 *
 * @param shingleWords words per shingle
 * @param bands        LSH bands; {@code bands * rows} is the number of MinHash permutations
 * @param rows         rows per band
 * @param jaccard      estimated Jaccard similarity at or above which two documents are copies
 * @param containment  share of the shorter document's shingles found in the longer at or above which they are copies
 * @param seed         seed of the MinHash functions
 */
public record DedupConfig(int shingleWords, int bands, int rows, double jaccard, double containment, long seed) {

    /**
     * Defaults: 3-word shingles, 128 permutations as 32 bands of 4 rows (candidates from a Jaccard similarity of
     * about 0.4 up), copies from an estimated Jaccard of 0.5 or a containment of 0.8.
     */
    public static final DedupConfig DEFAULTS = new DedupConfig(3, 32, 4, 0.5, 0.8, 42L);
}
