package dev.storyline.bench.memory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a {@code heap} bench run needs, in one place.
 *
 * @param commands         the commands to measure, in order
 * @param analyzeDocuments generated documents given to {@code analyze}
 * @param ingestDocuments  generated documents given to {@code ingest}, and held by the store {@code serve} opens
 * @param seed             seed of the document generator
 * @param ladder           the heap sizes that may be tried
 * @param limits           the time limits of the runs
 * @param serveRequests    API requests {@code serve} must answer, after the story list
 * @param cliJar           the CLI jar the children run ({@code cli/target/storyline.jar})
 * @param work             where inputs, stores, reports and logs go
 * @param givenStore       a store {@code serve} opens, instead of the one {@code ingest} builds here
 */
public record HeapSettings(List<MeasuredCommand> commands, int analyzeDocuments, int ingestDocuments, long seed,
                           HeapLadder ladder, HeapSearch.TimeLimits limits, int serveRequests, Path cliJar, Path work, Optional<Path> givenStore) {

    public HeapSettings {
        commands = List.copyOf(commands);
        givenStore = givenStore == null ? Optional.empty() : givenStore;
    }
}
