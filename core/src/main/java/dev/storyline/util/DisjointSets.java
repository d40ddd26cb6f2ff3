package dev.storyline.util;

/**
 * Union-find over the integers {@code 0..n-1}, with path halving: the connected components of pairs, as dedup
 * needs for families of copies and clustering for stories of linked events.
 */
public final class DisjointSets {

    private final int[] parent;

    public DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
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
