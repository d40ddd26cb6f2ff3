package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The clusterer's judgement on pairs of documents outside a stream: the event model's probability that two documents
 * report the same happening, with IDF counted over the whole collection first. Used to compare Storyline's notion of
 * "same event" with human similarity ratings.
 */
public final class PairSimilarity {

    private final ClusteringSettings settings;
    private final List<DocumentVectors> vectors = new ArrayList<>();

    /** Counts every document into the IDF, then vectorizes them all. */
    public PairSimilarity(List<ClusterInput> documents, ClusteringSettings settings) {
        this.settings = settings;
        Vectorizer vectorizer = new Vectorizer();
        for (ClusterInput document : documents) {
            vectorizer.count(document);
        }
        for (ClusterInput document : documents) {
            vectors.add(vectorizer.vectorizeCounted(document));
        }
    }

    /** Probability that documents {@code i} and {@code j} (in constructor order) report the same event. */
    public double probability(int i, int j) {
        double[] features = LinkFeatures.between(vectors.get(i), Profile.of(vectors.get(j)));
        return settings.eventModel().probability(features);
    }
}
