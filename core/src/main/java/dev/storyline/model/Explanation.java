package dev.storyline.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a document sits in its event, as the clusterer decided when the document arrived.
 *
 * @param document the document id
 * @param event    the event it belongs to now
 * @param decision {@code joined} an existing event, opened a {@code new} one, or followed its near-duplicate
 *                 {@code family}
 * @param score    the join probability of the best candidate event, time decay applied; 0 when there was none
 * @param features each similarity feature's share of the score's logit for that candidate, largest first
 */
public record Explanation(String document, String event, String decision, double score, Map<String, Double> features) implements Serializable {
    public Explanation {
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }
}
