package dev.storyline.bench.memory;

import java.util.Optional;

/**
 * How one run of a command in a given heap ended. Only {@link #COMPLETED} counts as the command fitting in that heap;
 * the others say why it did not, so that a table can tell a heap that is too small (the three kinds of
 * {@code OutOfMemoryError}) from a heap where the command thrashes in the garbage collector past the time limit, or
 * from a failure that has nothing to do with memory.
 */
public enum Outcome {

    /** Exited 0 within the time limit having done all its work (every document, every API request). */
    COMPLETED("completed"),
    /** {@code OutOfMemoryError: Java heap space}: the live data did not fit. */
    OUT_OF_HEAP("OutOfMemoryError: Java heap space"),
    /** {@code OutOfMemoryError: GC overhead limit exceeded}: nearly all time went to collecting (parallel GC only). */
    GC_OVERHEAD("OutOfMemoryError: GC overhead limit exceeded"),
    /** Another {@code OutOfMemoryError} (metaspace, direct buffers, native threads): not the heap that -Xmx sets. */
    OUT_OF_OTHER_MEMORY("OutOfMemoryError outside the Java heap"),
    /** Still running at the time limit, usually collecting garbage over and over in a heap just too small. */
    TIMED_OUT("stopped at the time limit"),
    /** Exited 0 but left work undone: fewer documents in the report or the store than were given. */
    INCOMPLETE("exited 0 with documents missing"),
    /** {@code serve} answered an API request with a 5xx status, or stopped answering. */
    SERVER_ERROR("an API request failed"),
    /** Exited with an error that names no memory shortage. */
    FAILED("failed for another reason");

    private static final String OOM = "java.lang.OutOfMemoryError";

    private final String description;

    Outcome(String description) {
        this.description = description;
    }

    /** What happened, in words, for tables. */
    public String description() {
        return description;
    }

    /** True when the command fitted in the heap. */
    public boolean completed() {
        return this == COMPLETED;
    }

    /**
     * Why a child that exited with a non-zero code failed, read from its output: the kind of
     * {@code OutOfMemoryError} it reports (the JVM prints one when {@code -XX:+ExitOnOutOfMemoryError} ends it, the
     * commands print theirs when they catch one), else {@link #FAILED}.
     */
    public static Outcome ofFailure(String output) {
        Optional<String> line = memoryLine(output);
        if (line.isEmpty()) {
            return FAILED;
        }
        String text = line.get();
        if (text.contains("GC overhead limit exceeded")) {
            return GC_OVERHEAD;
        }
        if (text.contains(OOM) && !text.contains("Java heap space")) {
            return OUT_OF_OTHER_MEMORY;
        }
        return OUT_OF_HEAP;
    }

    /**
     * The first line of {@code output} that tells of a memory shortage: an {@code OutOfMemoryError}, or the
     * commands' own "ran out of memory" messages.
     */
    public static Optional<String> memoryLine(String output) {
        String fallback = null;
        for (String line : output.split("\\R")) {
            if (line.contains(OOM)) {
                return Optional.of(line.strip());
            }
            if (fallback == null && line.contains("ran out of memory")) {
                fallback = line.strip();
            }
        }
        return Optional.ofNullable(fallback);
    }
}
