package dev.storyline.bench.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spark job's {@code summary.json}: what it found, how long it took in all and per stage, and its memory.
 *
 * @param documents             documents analyzed
 * @param skipped               inputs skipped
 * @param families              families of copies
 * @param events                events
 * @param stories               stories
 * @param seconds               the job's own measure of its total time
 * @param stages                seconds per stage, in the job's order
 * @param driverHeapBytes       the driver's heap after a GC, at the end
 * @param executorPeakHeapBytes the executors' peak JVM heap
 */
record JobSummary(long documents, long skipped, long families, long events, long stories, double seconds,
                  Map<String, Double> stages, long driverHeapBytes, long executorPeakHeapBytes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code DIR/summary.json}; fails naming the file when it is missing or not the expected object. */
    static JobSummary read(Path outDirectory) throws IOException {
        Path file = outDirectory.resolve("summary.json");
        if (!Files.isRegularFile(file)) {
            throw new IOException("the job wrote no " + file);
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject() || !root.has("documents")) {
            throw new IOException(file + " is not a summary object with \"documents\"");
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("stages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> stage = it.next();
            stages.put(stage.getKey(), stage.getValue().asDouble());
        }
        return new JobSummary(root.path("documents").asLong(), root.path("skipped").asLong(),
                root.path("families").asLong(), root.path("events").asLong(), root.path("stories").asLong(),
                root.path("seconds").asDouble(), stages, root.path("driverHeapBytes").asLong(-1),
                root.path("executorPeakHeapBytes").asLong(-1));
    }

    /** The counts that two runs on the same input must agree on. */
    String counts() {
        return "documents " + documents + ", skipped " + skipped + ", families " + families + ", events " + events
                + ", stories " + stories;
    }
}
