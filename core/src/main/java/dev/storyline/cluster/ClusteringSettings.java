package dev.storyline.cluster;

import java.io.Serializable;

/**
 * The decisions of the cluster stage: when a document joins an event, when two events merge, and when two events
 * belong to one story.
 *
 * @param eventModel     probability that a document (or an event) and an event report the same happening
 * @param joinThreshold  a document joins the best candidate event at or above this probability, else opens a new one
 * @param merge          whether events that arrival order split are merged again
 * @param mergeThreshold two events merge at or above this probability
 * @param storyModel     probability that two events belong to one story
 * @param storyThreshold two events are linked into one story at or above this probability
 * @param timeDecay      whether scores fall with the days between publication dates
 */
public record ClusteringSettings(LinkModel eventModel, double joinThreshold, boolean merge, double mergeThreshold,
                                 LinkModel storyModel, double storyThreshold, boolean timeDecay) implements Serializable {

    /**
     * Learned on ECB+ topics 1-35 by {@code storyline bench eval clustering --fit}, which prints these numbers; no
     * embeddings.
     */
    public static final ClusteringSettings DEFAULTS = new ClusteringSettings(
            new LinkModel(-7.0076, new double[]{1.6938, 6.5389, -31.9350, 22.4553, 10.9254, -7.0420, 15.3988, 0}), 0.20, true, 0.80,
            new LinkModel(-6.6116, new double[]{15.3689, 13.6428, 1.4452, 7.9880, -6.0273, 24.5138, 8.4778, 0}), 0.25, true);
}
