package dev.storyline.cluster;

import java.util.List;

/**
 * The similarity features between two profiles that a {@link LinkModel} weighs. Each is a cosine in [0, 1]:
 * <ul>
 *   <li>{@code title}: headline terms;</li>
 *   <li>{@code lead}: the first terms of the bodies, where a report states its news;</li>
 *   <li>{@code body}: all body terms;</li>
 *   <li>{@code names}: capitalized name tokens, the actors and places;</li>
 *   <li>{@code backref}: one side's headline against the other's body, the larger of the two, which catches a later
 *       report that refers back to an earlier happening;</li>
 *   <li>{@code embedding}: sentence embeddings, 0 when the documents carry none.</li>
 * </ul>
 */
final class LinkFeatures {

    static final List<String> NAMES = List.of("title", "lead", "body", "names", "backref", "embedding");
    static final int COUNT = NAMES.size();

    private LinkFeatures() {
    }

    static double[] between(Profile a, Profile b) {
        double[] x = new double[COUNT];
        x[0] = a.title.cosine(b.title);
        x[1] = a.lead.cosine(b.lead);
        x[2] = a.body.cosine(b.body);
        x[3] = a.names.cosine(b.names);
        x[4] = Math.max(a.title.cosine(b.body), b.title.cosine(a.body));
        x[5] = a.embeddingCosine(b);
        return x;
    }
}
