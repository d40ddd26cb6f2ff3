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
 * @param storyModel            probability that an event continues a story
 * @param storyThreshold        a dated event joins a story at or above this probability
 * @param undatedStoryThreshold an undated event joins a story at or above this probability: without a date, no time
 *                              decay keeps situations long past apart, so the bar is higher
 * @param timeDecay             whether scores fall with the days between publication dates
 */
public record ClusteringSettings(LinkModel eventModel, double joinThreshold, boolean merge, double mergeThreshold,
                                 LinkModel storyModel, double storyThreshold, double undatedStoryThreshold,
                                 boolean timeDecay) implements Serializable {

    /**
     * The event model learned on ECB+ topics 1-35 and as many documents of NeuS train, its thresholds chosen on ECB+
     * topics 1-35 and NeuS val; the story model's weights given ({@link #storyWeights()}) and its cuts calibrated on ECB+ topics 1-35, by
     * {@code storyline bench eval clustering --fit}, which prints these numbers. No embeddings.
     */
    public static final ClusteringSettings DEFAULTS = new ClusteringSettings(
            new LinkModel(-6.9298, new double[]{1.3395, 3.9427, -25.3556, 27.4159, 2.0426, -5.7441, 13.5312, 0}), 0.25, true, 0.70,
            new LinkModel(-1.7438, new double[]{5, 5, 0, 0}), 0.5, 0.9147, true);

    /**
     * The story model's weights, in {@link LinkModel#storyFeatureNames()} order: the subject and the cast count
     * alike. A storyline keeps both (the same spill and the same company, the same war and the same places), while
     * two situations of one kind share the subject alone and two stories of one public figure share the cast alone.
     */
    public static double[] storyWeights() {
        return new double[]{5, 5, 0, 0};
    }
}
