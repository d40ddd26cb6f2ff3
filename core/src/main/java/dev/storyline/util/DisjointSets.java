package dev.storyline.util;

import java.util.Arrays;

/**
 * Union-find over the integers {@code 0..n-1}, with path halving, growing by {@link #add()}: the connected components of pairs, as dedup
 * needs for families of copies and clustering for stories of linked events.
 */
public final class DisjointSets {

    private int[] parent;
    private int size;

    public DisjointSets(int size) {
        parent = new int[Math.max(size, 16)];
        for (int i = 0; i < size; i++) {
            add();
        }
    }

    /** Adds a new singleton set and returns its member, the next integer: for sets that grow one item at a time. */
    public int add() {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
        }
        parent[size] = size;
        return size++;
    }

    /** The representative of {@code i}'s set: the smallest member joined so far. */
    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
