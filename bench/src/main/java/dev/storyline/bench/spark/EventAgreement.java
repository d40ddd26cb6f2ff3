package dev.storyline.bench.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.storyline.bench.clustering.ClusterMetrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the Spark job's events agree with the single-JVM events of the same corpus: BCubed and pairwise scores of
 * Spark's events ({@code partitions.txt}, lines starting {@code event}) against {@code analyze}'s
 * ({@code report.json}, read as a stream: at 100,000 documents it is too large to hold as a tree).
 */
final class EventAgreement {

    private EventAgreement() {
    }

    /** The scores of the Spark events in {@code sparkOut} against the single-JVM events in {@code singleOut}. */
    static ClusterMetrics.Scores of(Path singleOut, Path sparkOut) throws IOException {
        Map<String, String> single = singleJvmEvents(singleOut.resolve("report.json"));
        Map<String, String> spark = sparkEvents(sparkOut.resolve(PartitionsComparison.FILE_NAME));
        return ClusterMetrics.score(spark, single);
    }

    /** Each document's event in a report.json: the {@code documents} of every entry of {@code events}. */
    static Map<String, String> singleJvmEvents(Path report) throws IOException {
        Map<String, String> eventOf = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(report.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(report + " is not a report");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.getCurrentName();
                parser.nextToken();
                if (!field.equals("events")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    String id = null;
                    List<String> documents = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.getCurrentName();
                        parser.nextToken();
                        if (name.equals("id")) {
                            id = parser.getText();
                        } else if (name.equals("documents")) {
                            while (parser.nextToken() != JsonToken.END_ARRAY) {
                                documents.add(parser.getText());
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                    for (String document : documents) {
                        eventOf.put(document, id);
                    }
                }
            }
        }
        return eventOf;
    }

    /** Each document's event in a partitions.txt, the event named by its line number. */
    static Map<String, String> sparkEvents(Path partitions) throws IOException {
        Map<String, String> eventOf = new HashMap<>();
        int line = 0;
        for (String text : Files.readAllLines(partitions, StandardCharsets.UTF_8)) {
            line++;
            if (text.startsWith("event ")) {
                for (String document : text.substring("event ".length()).strip().split(" ")) {
                    eventOf.put(document, "line " + line);
                }
            }
        }
        return eventOf;
    }
}
