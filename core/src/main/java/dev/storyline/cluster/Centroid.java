package dev.storyline.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;

/**
 * The sum of a cluster's member vectors, for dot products with a document or another cluster (the average-link
 * features) and the cosine with one document (choosing a title). An open-addressing map
 * from term id to summed weight, with the squared norm kept up to date as members are added.
 */
final class Centroid implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int FREE = -1;

    private int[] keys = newKeys(16);
    private float[] values = new float[16];
    private int size;
    private double squaredNorm;

    /** An independent copy with the same state, slot layout included, so that sums over it come out the same. */
    Centroid copy() {
        Centroid copy = new Centroid();
        copy.keys = keys.clone();
        copy.values = values.clone();
        copy.size = size;
        copy.squaredNorm = squaredNorm;
        return copy;
    }

    /** Writes the state, slot layout included, for {@link #read} to give a centroid that sums exactly as this one. */
    void write(DataOutput out) throws IOException {
        out.writeInt(keys.length);
        out.writeInt(size);
        out.writeDouble(squaredNorm);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != FREE) {
                out.writeInt(slot);
                out.writeInt(keys[slot]);
                out.writeFloat(values[slot]);
            }
        }
    }

    static Centroid read(DataInput in) throws IOException {
        Centroid centroid = new Centroid();
        int capacity = in.readInt();
        centroid.keys = newKeys(capacity);
        centroid.values = new float[capacity];
        centroid.size = in.readInt();
        centroid.squaredNorm = in.readDouble();
        for (int i = 0; i < centroid.size; i++) {
            int slot = in.readInt();
            centroid.keys[slot] = in.readInt();
            centroid.values[slot] = in.readFloat();
        }
        return centroid;
    }

    void add(SparseVector vector) {
        for (int i = 0; i < vector.terms.length; i++) {
            add(vector.terms[i], vector.weights[i]);
        }
    }

    void add(Centroid other) {
        for (int slot = 0; slot < other.keys.length; slot++) {
            if (other.keys[slot] != FREE) {
                add(other.keys[slot], other.values[slot]);
            }
        }
    }

    /** Cosine with a unit vector. */
    double cosine(SparseVector vector) {
        return squaredNorm == 0 ? 0 : dot(vector) / Math.sqrt(squaredNorm);
    }

    /** Dot product with one document's vector: the sum of its cosines with the members. */
    double dot(SparseVector vector) {
        double dot = 0;
        for (int i = 0; i < vector.terms.length; i++) {
            dot += vector.weights[i] * get(vector.terms[i]);
        }
        return dot;
    }

    /** Cosine of the two sums: how close the two groups' subjects are, whatever their sizes; 0 when either is empty. */
    double cosine(Centroid other) {
        return squaredNorm == 0 || other.squaredNorm == 0 ? 0 : dot(other) / Math.sqrt(squaredNorm * other.squaredNorm);
    }

    /** Dot product of the two sums: the sum of the cosines of every pair of members, as members are unit vectors. */
    double dot(Centroid other) {
        Centroid small = size <= other.size ? this : other;
        Centroid large = small == this ? other : this;
        double dot = 0;
        for (int slot = 0; slot < small.keys.length; slot++) {
            if (small.keys[slot] != FREE) {
                dot += small.values[slot] * large.get(small.keys[slot]);
            }
        }
        return dot;
    }

    private float get(int key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == FREE) {
                return 0;
            }
        }
    }

    private void add(int key, float value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == FREE) {
            keys[slot] = key;
            size++;
        }
        float old = values[slot];
        float sum = old + value;
        values[slot] = sum;
        squaredNorm += (double) sum * sum - (double) old * old;
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        keys = newKeys(oldKeys.length * 2);
        values = new float[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int[] newKeys(int capacity) {
        int[] keys = new int[capacity];
        java.util.Arrays.fill(keys, FREE);
        return keys;
    }

    private static int mix(int key) {
        return key * 0x9E3779B9 >>> 7 ^ key;
    }
}
