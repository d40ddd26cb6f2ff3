package dev.storyline.cluster;

import java.util.List;

/**
 * The similarity features between two profiles that a {@link LinkModel} weighs. Each is the average cosine over all
 * pairs of one member from each side, as in average-linkage clustering: comparing with a centroid instead would favour
 * large, loose clusters, whose summed vector grows closer to everything. The features, all but {@code nearest} such averages:
 * <ul>
 *   <li>{@code title}: headline terms;</li>
 *   <li>{@code lead}: the first terms of the bodies, where a report states its news;</li>
 *   <li>{@code body}: all body terms;</li>
 *   <li>{@code text}: headline and body terms together, the classic whole-document cosine;</li>
 *   <li>{@code names}: capitalized name tokens, the actors and places;</li>
 *   <li>{@code backref}: one side's headline against the other's body, the larger of the two, which catches a later
 *       report that refers back to an earlier happening;</li>
 *   <li>{@code nearest}: the highest whole-text cosine with one member of the other side (the latest
 *       {@value Profile#RECENT} members of each), as in single-linkage: a report often follows one earlier report
 *       closely;</li>
 *   <li>{@code embedding}: sentence embeddings, 0 when the documents carry none.</li>
 * </ul>
 */
final class LinkFeatures {

    static final List<String> NAMES = List.of("title", "lead", "body", "text", "names", "backref", "nearest", "embedding");
    static final int COUNT = NAMES.size();

    private LinkFeatures() {
    }

    /** The features of one document against a group; the same values as against the document's own profile. */
    static double[] between(DocumentVectors d, Profile b) {
        double members = b.size();
        double[] x = new double[COUNT];
        x[0] = b.title.dot(d.titleTerms()) / members;
        x[1] = b.lead.dot(d.leadTerms()) / members;
        x[2] = b.body.dot(d.bodyTerms()) / members;
        x[3] = b.text.dot(d.allTerms()) / members;
        x[4] = b.names.dot(d.names()) / members;
        x[5] = Math.max(b.body.dot(d.titleTerms()), b.title.dot(d.bodyTerms())) / members;
        x[6] = b.nearestMember(d.allTerms());
        x[7] = b.averageEmbeddingCosine(d.embedding());
        return x;
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
        x[6] = a.nearestMember(b);
        x[7] = a.averageEmbeddingCosine(b);
        return x;
    }
}
