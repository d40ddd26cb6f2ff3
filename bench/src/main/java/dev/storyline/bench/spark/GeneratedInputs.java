package dev.storyline.bench.spark;

import dev.storyline.bench.store.GeneratedCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated corpus for the scale benchmark, written as a few JSON Lines files so that Spark can split the input:
 * the documents of {@code store-load}'s generator ({@link GeneratedCorpus}), numbered on from file to file so their
 * ids stay unique, dated over 2025.
 */
final class GeneratedInputs {

    private GeneratedInputs() {
    }

    /** Writes {@code documents} documents into {@code files} files {@code part-N.jsonl} under {@code directory}. */
    static List<Path> write(Path directory, int documents, int files, long seed) throws IOException {
        Files.createDirectories(directory);
        GeneratedCorpus generator = new GeneratedCorpus(seed);
        List<Path> written = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < files; i++) {
            int count = documents / files + (i < documents % files ? 1 : 0);
            Path file = directory.resolve("part-" + (i + 1) + ".jsonl");
            generator.write(file, count, first, LocalDate.of(2025, 1, 1), 365);
            first += count;
            written.add(file);
        }
        return written;
    }
}
