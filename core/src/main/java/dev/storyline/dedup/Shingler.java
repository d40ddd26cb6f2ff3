package dev.storyline.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into the hashed word shingles MinHash works on. Text is folded first (case, accents, curly quotes and
 * dashes, punctuation) so that typographic differences between copies do not count as edits.
 */
public final class Shingler {

    private final int size;

    /** @param size words per shingle */
    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1: " + size);
        }
        this.size = size;
    }

    /** The folded words of {@code text}. */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’‘`]", "");
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The 64-bit hashes of the distinct shingles of {@code text}; a text shorter than a shingle gives one. */
    public long[] shingles(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - size + 1);
        java.util.HashSet<Long> hashes = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + size); j++) {
                h = fnv(h, words.get(j));
                h = (h ^ ' ') * 0x100000001b3L;
            }
            hashes.add(h);
        }
        long[] result = new long[hashes.size()];
        int k = 0;
        for (long h : hashes) {
            result[k++] = h;
        }
        java.util.Arrays.sort(result);
        return result;
    }

    private static long fnv(long h, String word) {
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
