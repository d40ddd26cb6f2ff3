package dev.storyline.bench.memory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child's garbage collector did, from its {@code -Xlog:gc} lines: the time its pauses stopped the program, how
 * many of them were full collections, and the most heap still in use after a collection (an upper estimate of the
 * live data, which old garbage the young collections leave behind inflates). A run whose pauses take a large share
 * of its wall time is short of heap; one stopped at the time limit with few pauses was short of CPU instead (the
 * machine's cores are shared).
 *
 * @param pauseSeconds    the sum of the stop-the-world pauses
 * @param fullCollections pauses that collected the whole heap ({@code Pause Full})
 * @param maxAfterMb      the largest heap occupancy after a pause, in MiB; 0 when nothing was collected
 */
public record GcSummary(double pauseSeconds, int fullCollections, long maxAfterMb) {

    /** No log, or nothing collected. */
    public static final GcSummary NONE = new GcSummary(0, 0, 0);

    /** {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 4.567ms}. */
    private static final Pattern PAUSE = Pattern.compile(
            "Pause (.*?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([\\d.]+)ms");

    /** Reads the pauses of a {@code -Xlog:gc} log in the JVM's default format. */
    public static GcSummary parse(String log) {
        double millis = 0;
        int full = 0;
        long maxAfter = 0;
        Matcher matcher = PAUSE.matcher(log);
        while (matcher.find()) {
            millis += Double.parseDouble(matcher.group(8));
            if (matcher.group(1).startsWith("Full")) {
                full++;
            }
            maxAfter = Math.max(maxAfter, mebibytes(Long.parseLong(matcher.group(4)), matcher.group(5)));
        }
        return new GcSummary(millis / 1000, full, maxAfter);
    }

    /** The pauses' share of {@code wallSeconds}, 0 to 1. */
    public double pauseShare(double wallSeconds) {
        return wallSeconds > 0 ? Math.min(1, pauseSeconds / wallSeconds) : 0;
    }

    private static long mebibytes(long value, String unit) {
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }
}
