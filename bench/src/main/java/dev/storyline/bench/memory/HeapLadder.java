package dev.storyline.bench.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The heap sizes a search may try, smallest first, each a fixed percentage above the one before: the answer is
 * known to that resolution, whatever its size, and a bisection over the ladder's indices halves the remaining ratio
 * at each step (about 6 runs from 64 MiB to 4 GiB in 10 % steps).
 *
 * @param sizesMb strictly increasing heap sizes in MiB, at least one
 */
public record HeapLadder(List<Integer> sizesMb) {

    public HeapLadder {
        sizesMb = List.copyOf(sizesMb);
        if (sizesMb.isEmpty()) {
            throw new IllegalArgumentException("a heap ladder needs at least one size");
        }
        for (int i = 0; i < sizesMb.size(); i++) {
            if (sizesMb.get(i) < 1 || i > 0 && sizesMb.get(i) <= sizesMb.get(i - 1)) {
                throw new IllegalArgumentException("heap sizes must be positive and increasing: " + sizesMb);
            }
        }
    }

    /**
     * From {@code smallestMb} to {@code largestMb} (both included), each size {@code stepPercent} above the one
     * before, rounded to whole MiB and at least 1 MiB more.
     */
    public static HeapLadder geometric(int smallestMb, int largestMb, double stepPercent) {
        if (smallestMb < 1 || largestMb < smallestMb || !(stepPercent > 0)) {
            throw new IllegalArgumentException("need 1 <= smallest <= largest and a positive step: "
                    + smallestMb + ", " + largestMb + ", " + stepPercent + " %");
        }
        List<Integer> sizes = new ArrayList<>();
        double size = smallestMb;
        while (Math.round(size) < largestMb) {
            int rounded = (int) Math.round(size);
            if (sizes.isEmpty() || rounded > sizes.get(sizes.size() - 1)) {
                sizes.add(rounded);
            }
            size = Math.max(size * (1 + stepPercent / 100), rounded + 1);
        }
        sizes.add(largestMb);
        return new HeapLadder(sizes);
    }

    public int size() {
        return sizesMb.size();
    }

    public int get(int index) {
        return sizesMb.get(index);
    }

    public int largest() {
        return sizesMb.get(sizesMb.size() - 1);
    }
}
