package dev.storyline.bench.memory;

import java.util.Locale;

/** The CLI commands whose smallest heap the {@code heap} bench measures, in the order it measures them. */
public enum MeasuredCommand {

    /** {@code storyline analyze FILE --out DIR}: the whole corpus in memory at once, reports written at the end. */
    ANALYZE,
    /** {@code storyline ingest FILE --data DIR}: documents stored in batches, then families, events and stories built. */
    INGEST,
    /** {@code storyline serve --data DIR}: the store opened and API requests answered. */
    SERVE;

    /** The command's name on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
