package dev.storyline.bench.spark;

import java.nio.file.Path;

/**
 * One run of the analysis as a child process: how it ended, how long it took on the wall clock, the peak resident
 * memory of its JVMs, and what it reported.
 *
 * @param label        what ran, for tables ({@code single JVM}, {@code local[2]}, ...)
 * @param status       finished, failed or stopped at the time limit
 * @param exitCode     the child's exit code (-1 when it was stopped)
 * @param wallSeconds  from start to exit, JVM start-up included
 * @param peakRssBytes sum of the peak resident sets of the run's JVMs (0 when unknown)
 * @param summary      the run's counts, times and heaps; null when it wrote none
 * @param problem      why the run failed, or null
 * @param log          the child's output
 */
record RunResult(String label, Status status, int exitCode, double wallSeconds, long peakRssBytes, JobSummary summary,
                 String problem, Path log) {

    enum Status { FINISHED, FAILED, TIMED_OUT }

    boolean finished() {
        return status == Status.FINISHED && summary != null;
    }

    /** Documents analyzed per second of wall-clock time, or NaN when the run did not finish. */
    double documentsPerSecond() {
        return finished() && wallSeconds > 0 ? summary.documents() / wallSeconds : Double.NaN;
    }
}
