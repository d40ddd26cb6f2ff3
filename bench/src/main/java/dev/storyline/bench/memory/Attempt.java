package dev.storyline.bench.memory;

/**
 * One run of a command as a child JVM with a given maximum heap.
 *
 * @param heapMb       the {@code -Xmx} of the run, in MiB
 * @param outcome      how it ended
 * @param wallSeconds  from start to exit (for {@code serve}: to the last answer), JVM start-up included
 * @param peakRssBytes the peak resident set of the child ({@code VmHWM}), 0 when unknown
 * @param gc           what the garbage collector did in the run
 * @param detail       what the run did or why it failed, in a few words (the {@code OutOfMemoryError} line, the
 *                     documents found, the failed request); never null
 */
public record Attempt(int heapMb, Outcome outcome, double wallSeconds, long peakRssBytes, GcSummary gc, String detail) {

    public Attempt {
        if (gc == null) {
            gc = GcSummary.NONE;
        }
        if (detail == null) {
            detail = "";
        }
    }

    /** True when the command fitted in this heap. */
    public boolean completed() {
        return outcome.completed();
    }
}
