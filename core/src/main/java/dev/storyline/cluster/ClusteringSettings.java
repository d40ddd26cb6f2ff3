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
            new LinkModel(-6.4957, new double[]{1.8042, 8.5206, -32.3977, 41.1146, 9.6159, -8.8740, 0, 0}), 0.15, true, 0.65,
            new LinkModel(-7.5424, new double[]{19.0800, 18.1615, 7.5460, 15.9418, -4.6461, 30.0064, 0, 0}), 0.30, true);
}
