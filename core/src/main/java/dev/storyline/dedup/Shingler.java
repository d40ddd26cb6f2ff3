package dev.storyline.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns text into the hashed word shingles that MinHash works on. Words are folded first: case, accents and
 * apostrophes (curly or straight) do not count, and anything that is not a letter or a digit (punctuation, quotes,
 * dashes, white space) only separates words. Typographic differences between copies are therefore not edits.
 *
 * <p>The text is read in one pass without regular expressions or per-word strings: the shingler runs on every
 * document of a corpus, so it is built for speed.
 */
public final class Shingler {

    private static final long WORD_SEED = 0xcbf29ce484222325L;
    private static final long WORD_PRIME = 0x100000001b3L;
    private static final long SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final char[] LATIN_FOLDED = latinFolding();

    private final int size;

    /** @param size words per shingle */
    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1: " + size);
        }
        this.size = size;
    }

    /**
     * The distinct 64-bit hashes of the shingles of {@code text}, in no particular order. A text with fewer words than
     * a shingle gives one shingle of all its words; a text without words gives none.
     */
    public long[] shingles(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return words;
        }
        int count = Math.max(1, words.length - size + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = i; j < Math.min(words.length, i + size); j++) {
                h = h * SHINGLE_MULTIPLIER + words[j];
            }
            shingles[i] = MinHasher.mix(h);
        }
        return distinct(shingles);
    }

    /** The hash of every folded word of {@code text}, in reading order. */
    static long[] wordHashes(String text) {
        long[] hashes = new long[Math.max(8, text.length() / 5)];
        int count = 0;
        long h = WORD_SEED;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            if (folded != 0) {
                h = (h ^ folded) * WORD_PRIME;
                inWord = true;
            } else if (!isApostrophe(c) && inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = h;
                h = WORD_SEED;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count + 1);
            }
            hashes[count++] = h;
        }
        return Arrays.copyOf(hashes, count);
    }

    /** The lower-case, accent-free form of a word character, or 0 for a character that separates words. */
    private static char fold(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : 0;
        }
        if (c < LATIN_FOLDED.length) {
            return LATIN_FOLDED[c];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`';
    }

    /** Folding of the Latin-1 and Latin Extended-A letters: lower case without accents, 0 for non-letters. */
    private static char[] latinFolding() {
        char[] table = new char[0x180];
        for (char c = 128; c < table.length; c++) {
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
            table[c] = base.length() == 1 ? Character.toLowerCase(base.charAt(0)) : Character.toLowerCase(c);
        }
        return table;
    }

    /** The values without repeats, through an open-addressing set: sorting would cost more than the hashing. */
    private static long[] distinct(long[] values) {
        int capacity = Integer.highestOneBit(values.length * 2 + 1) << 1;
        long[] table = new long[capacity];
        boolean[] used = new boolean[capacity];
        int mask = capacity - 1;
        int kept = 0;
        for (long value : values) {
            int slot = (int) (value ^ (value >>> 32)) & mask;
            while (used[slot] && table[slot] != value) {
                slot = (slot + 1) & mask;
            }
            if (!used[slot]) {
                used[slot] = true;
                table[slot] = value;
                values[kept++] = value;
            }
        }
        return kept == values.length ? values : Arrays.copyOf(values, kept);
    }
}
