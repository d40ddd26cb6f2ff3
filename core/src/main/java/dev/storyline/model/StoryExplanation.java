package dev.storyline.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why an event sits in its story, as the story linker decided.
 *
 * @param event    the event id
 * @param story    the story it belongs to now
 * @param decision {@code joined} the story it most probably continues, opened a {@code new} one, or opened one that
 *                 was {@code merged} into an earlier story once both had grown
 * @param score    the probability of the best candidate story, time decay applied; 0 when there was none
 * @param features each similarity feature's share of that probability's logit, largest first
 */
public record StoryExplanation(String event, String story, String decision, double score, Map<String, Double> features) implements Serializable {
    public StoryExplanation {
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }
}
