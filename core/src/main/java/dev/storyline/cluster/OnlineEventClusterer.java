package dev.storyline.cluster;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.nlp.TermVector;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-pass event clustering in time order. Each document joins the event whose centroid is most similar to it,
 * when that similarity, discounted by the time between the document and the event, reaches
 * {@link #DEFAULT_JOIN_THRESHOLD}; otherwise it opens a new event. A document whose near-duplicate family already
 * sits in an event joins that event.
 *
 * <p>Similarity is the cosine of TF-IDF vectors ({@link DocumentVectors}). The time discount is 1 within
 * {@link #SAME_DAYS} days of the nearest member and decays exponentially beyond, with a time constant of
 * {@link #DECAY_DAYS} days; undated documents are not discounted.
 */
public final class OnlineEventClusterer implements EventClusterer {

    /** Discounted cosine at or above which a document joins an event. */
    public static final double DEFAULT_JOIN_THRESHOLD = 0.3;
    static final long SAME_DAYS = 2;
    static final double DECAY_DAYS = 3.0;

    private final double joinThreshold;

    public OnlineEventClusterer() {
        this(DEFAULT_JOIN_THRESHOLD);
    }

    public OnlineEventClusterer(double joinThreshold) {
        this.joinThreshold = joinThreshold;
    }

    private static final class Cluster {
        final List<AnalyzedDocument> members = new ArrayList<>();
        final List<TermVector> vectors = new ArrayList<>();
        TermVector centroid = TermVector.EMPTY;

        void add(AnalyzedDocument document, TermVector vector) {
            members.add(document);
            vectors.add(vector);
            centroid = TermVector.centroid(vectors);
        }
    }

    @Override
    public List<Event> events(List<AnalyzedDocument> documents, List<Family> families) {
        Map<String, TermVector> vectors = DocumentVectors.of(documents);
        Map<String, String> familyOf = new HashMap<>();
        for (Family family : families) {
            for (String id : family.documents()) {
                familyOf.put(id, family.id());
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> clusterOfFamily = new HashMap<>();
        for (AnalyzedDocument document : inTimeOrder(documents)) {
            TermVector vector = vectors.get(document.id());
            String family = familyOf.get(document.id());
            Cluster target = family == null ? null : clusterOfFamily.get(family);
            if (target == null) {
                target = bestMatch(clusters, document, vector);
            }
            if (target == null) {
                target = new Cluster();
                clusters.add(target);
            }
            target.add(document, vector);
            if (family != null) {
                clusterOfFamily.putIfAbsent(family, target);
            }
        }
        List<Event> events = new ArrayList<>();
        for (Cluster cluster : clusters) {
            List<String> ids = new ArrayList<>();
            LocalDate date = null;
            for (AnalyzedDocument member : cluster.members) {
                ids.add(member.id());
                LocalDate published = member.article().published();
                if (published != null && (date == null || published.isBefore(date))) {
                    date = published;
                }
            }
            events.add(new Event("e" + (events.size() + 1), Headlines.mostCentral(cluster.members, cluster.vectors, cluster.centroid),
                    date, ids, List.of()));
        }
        return events;
    }

    private Cluster bestMatch(List<Cluster> clusters, AnalyzedDocument document, TermVector vector) {
        Cluster best = null;
        double bestScore = joinThreshold;
        for (Cluster cluster : clusters) {
            double score = vector.cosine(cluster.centroid) * timeDiscount(document.article().published(), cluster.members);
            if (score >= bestScore) {
                best = cluster;
                bestScore = score;
            }
        }
        return best;
    }

    static double timeDiscount(LocalDate date, List<AnalyzedDocument> members) {
        if (date == null) {
            return 1;
        }
        long nearest = Long.MAX_VALUE;
        for (AnalyzedDocument member : members) {
            LocalDate other = member.article().published();
            if (other != null) {
                nearest = Math.min(nearest, Math.abs(ChronoUnit.DAYS.between(date, other)));
            }
        }
        if (nearest == Long.MAX_VALUE || nearest <= SAME_DAYS) {
            return 1;
        }
        return Math.exp(-(nearest - SAME_DAYS) / DECAY_DAYS);
    }

    /** Dated documents by date, then undated ones; ties by id, so the result does not depend on input order. */
    static List<AnalyzedDocument> inTimeOrder(List<AnalyzedDocument> documents) {
        List<AnalyzedDocument> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing((AnalyzedDocument d) -> d.article().published(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(AnalyzedDocument::id));
        return sorted;
    }
}
