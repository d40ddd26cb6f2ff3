package dev.storyline.bench.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether two runs grouped the documents alike, from the job's canonical dump {@code DIR/partitions.txt}: one line per
 * family, event and story listing its member document ids sorted. Lines are compared as a multiset, since the order
 * in which a job writes its groups may follow its partitioning.
 *
 * @param leftLines  lines of the first run's file
 * @param rightLines lines of the second run's file
 * @param onlyLeft   lines of the first file missing from the second (with multiplicity)
 * @param onlyRight  lines of the second file missing from the first
 */
record PartitionsComparison(int leftLines, int rightLines, List<String> onlyLeft, List<String> onlyRight) {

    static final String FILE_NAME = "partitions.txt";

    /** Compares {@code left/partitions.txt} with {@code right/partitions.txt}; fails naming a missing file. */
    static PartitionsComparison of(Path left, Path right) throws IOException {
        List<String> a = lines(left.resolve(FILE_NAME));
        List<String> b = lines(right.resolve(FILE_NAME));
        return new PartitionsComparison(a.size(), b.size(), missing(a, b), missing(b, a));
    }

    boolean identical() {
        return onlyLeft.isEmpty() && onlyRight.isEmpty();
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the job wrote no " + file);
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** Lines of {@code from} not matched by a line of {@code in}, sorted. */
    private static List<String> missing(List<String> from, List<String> in) {
        Map<String, Integer> available = new HashMap<>();
        in.forEach(line -> available.merge(line, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String line : from) {
            if (available.merge(line, -1, Integer::sum) < 0) {
                missing.add(line);
            }
        }
        missing.sort(null);
        return missing;
    }
}
