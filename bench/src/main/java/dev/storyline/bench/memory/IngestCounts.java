package dev.storyline.bench.memory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code storyline ingest} says it did, read back from its summary line
 * ({@code "50000 added, 0 updated, 0 unchanged, 0 skipped; ..."}).
 */
record IngestCounts(int added, int updated, int unchanged, int skipped) {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) added, (\\d+) updated, (\\d+) unchanged, (\\d+) skipped");

    /** The counts of the last summary line in {@code output}, or empty when it printed none. */
    static Optional<IngestCounts> find(String output) {
        Matcher matcher = SUMMARY.matcher(output);
        IngestCounts counts = null;
        while (matcher.find()) {
            counts = new IngestCounts(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
        }
        return Optional.ofNullable(counts);
    }
}
