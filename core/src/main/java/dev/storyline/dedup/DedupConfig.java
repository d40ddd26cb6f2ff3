package dev.storyline.dedup;

/**
 * The parameters of near-duplicate detection in one place.
 *
 * @param shingleWords words per shingle
 * @param permutations MinHash functions, the signature length; a multiple of 8
 * @param bands        LSH bands; {@code bands * rows} of the permutations build the band keys
 * @param rows         rows (permutations) per band
 * @param jaccard      estimated Jaccard similarity at or above which two documents are copies
 * @param containment  estimated share of the smaller document's shingles found in the larger at or above which they
 *                     are copies (a trimmed copy of a longer story)
 * @param seed         seed of the MinHash functions
 */
public record DedupConfig(int shingleWords, int permutations, int bands, int rows, double jaccard, double containment,
                          long seed) {

    /**
     * The defaults, chosen from the curves in the README ({@code storyline bench eval dedup --curve}): 3-word
     * shingles; 256 permutations, of which 20 bands of 2 rows give candidates from a Jaccard similarity of about 0.25
     * up; copies from an estimated Jaccard similarity of 0.3 or an estimated containment of 0.7. Lower thresholds
     * found more of the heavily edited and trimmed copies without joining documents made from different originals.
     */
    public static final DedupConfig DEFAULTS = new DedupConfig(3, 256, 20, 2, 0.3, 0.7, 42L);

    public DedupConfig {
        if (shingleWords < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingle words, bands and rows must be at least 1");
        }
        if (permutations < 8 || permutations % 8 != 0 || bands * rows > permutations) {
            throw new IllegalArgumentException("permutations must be a multiple of 8 and at least bands x rows: "
                    + permutations + " for " + bands + " x " + rows);
        }
    }

    public DedupConfig withBands(int bands, int rows) {
        return new DedupConfig(shingleWords, Math.max(permutations, roundUpTo8(bands * rows)), bands, rows, jaccard,
                containment, seed);
    }

    public DedupConfig withPermutations(int permutations) {
        return new DedupConfig(shingleWords, permutations, bands, rows, jaccard, containment, seed);
    }

    public DedupConfig withThresholds(double jaccard, double containment) {
        return new DedupConfig(shingleWords, permutations, bands, rows, jaccard, containment, seed);
    }

    private static int roundUpTo8(int n) {
        return (n + 7) / 8 * 8;
    }
}
