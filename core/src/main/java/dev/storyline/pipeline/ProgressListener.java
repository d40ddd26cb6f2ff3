package dev.storyline.pipeline;

/** Told how far an analysis has come, for a progress bar. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** The analysis is about to read {@code inputs} files. */
    default void started(int inputs) {
    }

    /** One input file has been read and its documents analyzed. */
    default void inputDone(String source) {
    }

    /** Reading is over; families, events and stories follow. */
    default void finished() {
    }
}
