package dev.storyline.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A unit-length TF-IDF vector over term ids, sorted by id: sublinear term frequency {@code 1 + ln(tf)} times the
 * vocabulary's IDF at the time the vector is made.
 */
final class SparseVector implements Serializable {

    private static final long serialVersionUID = 1L;

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    final int[] terms;
    final float[] weights;

    private SparseVector(int[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    static SparseVector tfIdf(int[] termIds, Vocabulary vocabulary) {
        if (termIds.length == 0) {
            return EMPTY;
        }
        int[] sorted = termIds.clone();
        Arrays.sort(sorted);
        int[] terms = new int[sorted.length];
        float[] weights = new float[sorted.length];
        int size = 0;
        double norm = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double weight = (1 + Math.log(j - i)) * vocabulary.idf(sorted[i]);
            terms[size] = sorted[i];
            weights[size] = (float) weight;
            norm += weight * weight;
            size++;
            i = j;
        }
        float length = (float) Math.sqrt(norm);
        for (int i = 0; i < size; i++) {
            weights[i] /= length;
        }
        return new SparseVector(Arrays.copyOf(terms, size), Arrays.copyOf(weights, size));
    }

    /** Dot product with another vector: their cosine, as both are unit length. */
    double dot(SparseVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** Ids of the {@code k} heaviest terms, heaviest first. */
    int[] topTerms(int k) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
        int[] top = new int[Math.min(k, order.length)];
        for (int i = 0; i < top.length; i++) {
            top[i] = terms[order[i]];
        }
        return top;
    }
}
