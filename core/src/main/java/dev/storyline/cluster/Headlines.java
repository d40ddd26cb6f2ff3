package dev.storyline.cluster;

import java.util.List;

/** Chooses a cluster's title: the headline of its most central member, not a bag of keywords. */
final class Headlines {

    private static final int MAX_FALLBACK_LENGTH = 120;

    private Headlines() {
    }

    /**
     * The headline of the member whose body is closest to the cluster's summed body; when no member has a headline,
     * the lead sentence of the most central member, shortened to a headline's length.
     */
    static String mostCentral(List<DocumentVectors> members, Profile cluster) {
        DocumentVectors bestTitled = null;
        double bestTitledScore = -1;
        DocumentVectors best = members.get(0);
        double bestScore = -1;
        for (DocumentVectors member : members) {
            double score = cluster.body.cosine(member.bodyTerms());
            if (score > bestScore) {
                best = member;
                bestScore = score;
            }
            if (member.title() != null && !member.title().isBlank() && score > bestTitledScore) {
                bestTitled = member;
                bestTitledScore = score;
            }
        }
        if (bestTitled != null) {
            return bestTitled.title();
        }
        String lead = best.lead();
        if (lead.isEmpty()) {
            return best.id();
        }
        if (lead.length() <= MAX_FALLBACK_LENGTH) {
            return lead;
        }
        int cut = lead.lastIndexOf(' ', MAX_FALLBACK_LENGTH);
        return lead.substring(0, cut > 0 ? cut : MAX_FALLBACK_LENGTH) + "…";
    }
}
