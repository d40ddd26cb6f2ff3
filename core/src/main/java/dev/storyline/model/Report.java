package dev.storyline.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything one analysis produced: the model behind {@code report.json}.
 *
 * @param generated when the analysis finished
 * @param skipped   inputs, or parts of inputs, that could not be analyzed, with the reason
 * @param documents the analyzed documents in time order
 * @param families  near-duplicate families; every document is in exactly one
 * @param events    events; every document is in exactly one
 * @param stories   stories; every event is in exactly one
 * @param explanations why each document joined its event, in the order the clusterer saw them
 * @param storyExplanations why each event sits in its story, events in time order
 */
public record Report(Instant generated, List<SkippedInput> skipped, List<AnalyzedDocument> documents,
                     List<Family> families, List<Event> events, List<Story> stories, List<Explanation> explanations,
                     List<StoryExplanation> storyExplanations) implements Serializable {

    /** The format name and version written in the report; bumped when a field changes name or meaning. */
    public static final String FORMAT = "storyline-report/1";

    public Report {
        skipped = List.copyOf(skipped);
        documents = List.copyOf(documents);
        families = List.copyOf(families);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        explanations = List.copyOf(explanations);
        storyExplanations = List.copyOf(storyExplanations);
    }

    public Report(Instant generated, List<SkippedInput> skipped, List<AnalyzedDocument> documents,
                  List<Family> families, List<Event> events, List<Story> stories) {
        this(generated, skipped, documents, families, events, stories, List.of(), List.of());
    }
}
