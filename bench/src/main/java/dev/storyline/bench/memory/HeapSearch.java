package dev.storyline.bench.memory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the smallest heap of a {@link HeapLadder} a command completes in, by bisection: it runs the command first in
 * the largest heap (the reference: does it fit at all, and how long does it take with room to spare), then halves the
 * ladder between the largest heap known to fail and the smallest known to complete until they are neighbours. It
 * assumes that a command which completes in a heap completes in every larger one.
 *
 * <p>The reference run's time sets the limit of the others, so that a heap in which the command spends its time
 * collecting garbage counts as too small rather than keeping the search waiting.
 */
public final class HeapSearch {

    /** Runs the command once in a heap of {@code heapMb} MiB, stopping it after {@code limit}. */
    @FunctionalInterface
    public interface Trial {
        Attempt run(int heapMb, Duration limit) throws IOException, InterruptedException;
    }

    /**
     * The time limits of the runs.
     *
     * @param reference the limit of the reference run in the largest heap
     * @param factor    every other run may take this many times the reference run's wall time...
     * @param floor     ...and never less than this, since short runs are dominated by start-up noise
     */
    public record TimeLimits(Duration reference, double factor, Duration floor) {

        public TimeLimits {
            if (!(factor >= 1)) {
                throw new IllegalArgumentException("the time factor must be at least 1: " + factor);
            }
        }

        /** The limit of a run after a reference run that took {@code referenceSeconds}. */
        public Duration afterReference(double referenceSeconds) {
            Duration scaled = Duration.ofMillis((long) Math.ceil(referenceSeconds * factor * 1000));
            return scaled.compareTo(floor) < 0 ? floor : scaled;
        }
    }

    /**
     * What the search found.
     *
     * @param reference the run in the largest heap
     * @param smallest  the smallest heap that completed; empty when even the largest did not
     * @param failedBelow the run one ladder step below {@code smallest}, which did not complete; empty when
     *                  {@code smallest} is the ladder's first step (or nothing completed)
     * @param attempts  every run, in the order they ran
     * @param limit     the time limit of the runs after the reference
     */
    public record Result(Attempt reference, Optional<Attempt> smallest, Optional<Attempt> failedBelow,
                         List<Attempt> attempts, Duration limit) {

        public Result {
            attempts = List.copyOf(attempts);
        }
    }

    private HeapSearch() {
    }

    /** Searches {@code ladder} with {@code trial}, each run bounded by {@code limits}. */
    public static Result search(HeapLadder ladder, TimeLimits limits, Trial trial) throws IOException, InterruptedException {
        List<Attempt> attempts = new ArrayList<>();
        int top = ladder.size() - 1;
        Attempt reference = trial.run(ladder.get(top), limits.reference());
        attempts.add(reference);
        Duration limit = limits.afterReference(reference.wallSeconds());
        if (!reference.completed()) {
            return new Result(reference, Optional.empty(), Optional.empty(), attempts, limit);
        }
        int failing = -1; // below the ladder: assumed to fail, never run
        int completing = top;
        Attempt lowestCompleted = reference;
        Attempt highestFailed = null;
        while (completing - failing > 1) {
            int middle = Math.floorDiv(failing + completing, 2);
            Attempt attempt = trial.run(ladder.get(middle), limit);
            attempts.add(attempt);
            if (attempt.completed()) {
                completing = middle;
                lowestCompleted = attempt;
            } else {
                failing = middle;
                highestFailed = attempt;
            }
        }
        return new Result(reference, Optional.of(lowestCompleted), Optional.ofNullable(highestFailed), attempts, limit);
    }
}
