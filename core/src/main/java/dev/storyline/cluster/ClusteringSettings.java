package dev.storyline.cluster;

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
                                 LinkModel storyModel, double storyThreshold, boolean timeDecay) {

    /**
     * Learned on ECB+ topics 1-35 by {@code storyline bench eval clustering --fit}, which prints these numbers; no
     * embeddings.
     */
    public static final ClusteringSettings DEFAULTS = new ClusteringSettings(
            new LinkModel(-7.0424, new double[]{1.7040, 6.7044, -32.4869, 23.4231, 10.4860, -6.9972, 15.3105, 0}), 0.20, true, 0.80,
            new LinkModel(-6.6229, new double[]{15.3906, 13.7027, 1.5127, 8.0539, -6.0463, 24.3864, 8.4330, 0}), 0.30, true);
}
