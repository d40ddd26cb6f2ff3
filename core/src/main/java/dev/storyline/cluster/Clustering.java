package dev.storyline.cluster;

import dev.storyline.model.Event;
import dev.storyline.model.Explanation;
import dev.storyline.model.Story;
import dev.storyline.model.StoryExplanation;

import java.util.List;

/**
 * The cluster stage's result: events covering every document once, stories covering every event once, both in time
 * order with summaries left empty, one explanation per document in arrival order, and one per event, in time
 * order, of why it sits in its story.
 */
public record Clustering(List<Event> events, List<Story> stories, List<Explanation> explanations,
                         List<StoryExplanation> storyExplanations) {
    public Clustering {
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        explanations = List.copyOf(explanations);
        storyExplanations = List.copyOf(storyExplanations);
    }
}
