package dev.storyline.cluster;

import java.util.List;

/**
 * The similarity features between an event and a story that the story model weighs. A story is one developing
 * situation followed over time, so an event is compared with what the story is about as a whole: the cosine of the
 * summed vectors, which does not fall as a long story gathers events of many kinds, unlike an average over all pairs.
 * <ul>
 *   <li>{@code subject}: headline and body terms of the event against those of the story;</li>
 *   <li>{@code cast}: name tokens of the event against those of the story, the actors and places; two situations of
 *       one kind (two earthquakes, two trials) share a subject but not a cast;</li>
 *   <li>{@code backref}: the event's body against the story's headlines, or the event's headlines against the story's
 *       body, the larger: a later report referring back to an earlier one;</li>
 *   <li>{@code embedding}: summed sentence embeddings, 0 when there are none.</li>
 * </ul>
 */
final class StoryFeatures {

    static final List<String> NAMES = List.of("subject", "cast", "backref", "embedding");
    static final int COUNT = NAMES.size();

    private StoryFeatures() {
    }

    static double[] between(Profile event, Profile story) {
        return new double[]{
                event.text.cosine(story.text),
                event.names.cosine(story.names),
                Math.max(event.body.cosine(story.title), event.title.cosine(story.body)),
                event.embeddingCosine(story)};
    }
}
