package dev.storyline.cluster;

import java.util.List;

/**
 * The similarity features between two profiles that a {@link LinkModel} weighs. Each is the average cosine over all
 * pairs of one member from each side, as in average-linkage clustering: comparing with a centroid instead would favour
 * large, loose clusters, whose summed vector grows closer to everything. The features:
 * <ul>
 *   <li>{@code title}: headline terms;</li>
 *   <li>{@code lead}: the first terms of the bodies, where a report states its news;</li>
 *   <li>{@code body}: all body terms;</li>
 *   <li>{@code text}: headline and body terms together, the classic whole-document cosine;</li>
 *   <li>{@code names}: capitalized name tokens, the actors and places;</li>
 *   <li>{@code backref}: one side's headline against the other's body, the larger of the two, which catches a later
 *       report that refers back to an earlier happening;</li>
 *   <li>{@code embedding}: sentence embeddings, 0 when the documents carry none.</li>
 * </ul>
 */
final class LinkFeatures {

    static final List<String> NAMES = List.of("title", "lead", "body", "text", "names", "backref", "embedding");
    static final int COUNT = NAMES.size();

    private LinkFeatures() {
    }

    static double[] between(Profile a, Profile b) {
        double pairs = (double) a.size() * b.size();
        double[] x = new double[COUNT];
        x[0] = a.title.dot(b.title) / pairs;
        x[1] = a.lead.dot(b.lead) / pairs;
        x[2] = a.body.dot(b.body) / pairs;
        x[3] = a.text.dot(b.text) / pairs;
        x[4] = a.names.dot(b.names) / pairs;
        x[5] = Math.max(a.title.dot(b.body), b.title.dot(a.body)) / pairs;
        x[6] = a.averageEmbeddingCosine(b);
        return x;
    }
}
