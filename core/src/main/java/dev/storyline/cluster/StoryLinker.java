package dev.storyline.cluster;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Story;
import dev.storyline.nlp.TermVector;
import dev.storyline.util.DisjointSets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second half of the cluster stage: links events into stories. Two events are linked when the cosine of their
 * TF-IDF centroids reaches {@link #DEFAULT_LINK_THRESHOLD}, a looser bar than joining an event, and they lie at most
 * {@link #MAX_GAP_DAYS} days apart; a story is a connected group of linked events.
 */
public final class StoryLinker {

    public static final double DEFAULT_LINK_THRESHOLD = 0.15;
    static final long MAX_GAP_DAYS = 120;

    private final double linkThreshold;

    public StoryLinker() {
        this(DEFAULT_LINK_THRESHOLD);
    }

    public StoryLinker(double linkThreshold) {
        this.linkThreshold = linkThreshold;
    }

    /** Stories covering every event exactly once, in time order. Summaries, timelines and claims are left empty. */
    public List<Story> stories(List<Event> events, List<AnalyzedDocument> documents) {
        Map<String, TermVector> vectors = DocumentVectors.of(documents);
        List<TermVector> centroids = new ArrayList<>();
        for (Event event : events) {
            List<TermVector> members = new ArrayList<>();
            for (String id : event.documents()) {
                members.add(vectors.get(id));
            }
            centroids.add(TermVector.centroid(members));
        }
        int n = events.size();
        DisjointSets linked = new DisjointSets(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (withinGap(events.get(i).date(), events.get(j).date())
                        && centroids.get(i).cosine(centroids.get(j)) >= linkThreshold) {
                    linked.union(i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(linked.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<String, AnalyzedDocument> byId = new LinkedHashMap<>();
        for (AnalyzedDocument document : documents) {
            byId.put(document.id(), document);
        }
        List<Story> stories = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            List<String> eventIds = new ArrayList<>();
            List<AnalyzedDocument> members = new ArrayList<>();
            List<TermVector> memberVectors = new ArrayList<>();
            for (int index : group) {
                Event event = events.get(index);
                eventIds.add(event.id());
                for (String id : event.documents()) {
                    members.add(byId.get(id));
                    memberVectors.add(vectors.get(id));
                }
            }
            List<String> documentIds = new ArrayList<>();
            for (AnalyzedDocument member : OnlineEventClusterer.inTimeOrder(members)) {
                documentIds.add(member.id());
            }
            String title = Headlines.mostCentral(members, memberVectors, TermVector.centroid(memberVectors));
            stories.add(new Story("s" + (stories.size() + 1), title, eventIds, documentIds, List.of(), List.of(), List.of()));
        }
        return stories;
    }

    private static boolean withinGap(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= MAX_GAP_DAYS;
    }
}
