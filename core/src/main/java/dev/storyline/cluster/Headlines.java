package dev.storyline.cluster;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.nlp.TermVector;

import java.util.List;

/** Chooses a cluster's title: the headline of its most central member, not a bag of keywords. */
final class Headlines {

    private static final int MAX_FALLBACK_LENGTH = 120;

    private Headlines() {
    }

    /**
     * The headline of the member closest to the centroid; when no member has a headline, the first sentence of the
     * most central member, shortened to a headline's length.
     */
    static String mostCentral(List<AnalyzedDocument> members, List<TermVector> vectors, TermVector centroid) {
        AnalyzedDocument bestTitled = null;
        double bestTitledScore = -1;
        AnalyzedDocument best = members.get(0);
        double bestScore = -1;
        for (int i = 0; i < members.size(); i++) {
            double score = vectors.get(i).cosine(centroid);
            AnalyzedDocument member = members.get(i);
            if (score > bestScore) {
                best = member;
                bestScore = score;
            }
            if (member.article().title() != null && score > bestTitledScore) {
                bestTitled = member;
                bestTitledScore = score;
            }
        }
        if (bestTitled != null) {
            return bestTitled.article().title();
        }
        if (best.sentences().isEmpty()) {
            return best.id();
        }
        String lead = best.sentences().get(0).text();
        if (lead.length() <= MAX_FALLBACK_LENGTH) {
            return lead;
        }
        int cut = lead.lastIndexOf(' ', MAX_FALLBACK_LENGTH);
        return lead.substring(0, cut > 0 ? cut : MAX_FALLBACK_LENGTH) + "…";
    }
}
