package dev.storyline.cluster;

import dev.storyline.model.Event;
import dev.storyline.model.Story;
import dev.storyline.util.DisjointSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links events into stories. Two events are linked when the {@link ClusteringSettings#storyModel()} probability over
 * their {@link LinkFeatures} (shared actors and places, topic words, one headline echoed in the other's body), times a
 * looser time decay than for events (1 within {@value #SAME_STORY_DAYS} days, then a factor e every
 * {@value #DECAY_DAYS} days), reaches the story threshold. A story is a connected group of linked events.
 *
 * <p>Only events that share an indexed term are compared; a term indexed by more than {@value #MAX_EVENTS_PER_TERM}
 * events is too common to suggest a link and is not used.
 */
final class StoryLinker {

    static final long SAME_STORY_DAYS = 7;
    static final double DECAY_DAYS = 30.0;
    static final int MAX_EVENTS_PER_TERM = 200;

    private final ClusteringSettings settings;

    StoryLinker(ClusteringSettings settings) {
        this.settings = settings;
    }

    /** Stories over the given events, in time order; {@code events} maps each cluster to its finished event. */
    List<Story> stories(List<EventCluster> clusters, Map<EventCluster, Event> events) {
        int n = clusters.size();
        Map<Integer, List<Integer>> byTerm = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int term : clusters.get(i).indexedTerms) {
                byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        DisjointSets linked = new DisjointSets(n);
        Set<Long> compared = new HashSet<>();
        for (List<Integer> sharing : byTerm.values()) {
            if (sharing.size() > MAX_EVENTS_PER_TERM) {
                continue;
            }
            for (int a = 0; a < sharing.size(); a++) {
                for (int b = a + 1; b < sharing.size(); b++) {
                    int i = sharing.get(a);
                    int j = sharing.get(b);
                    if (linked.find(i) == linked.find(j) || !compared.add((long) i * n + j)) {
                        continue;
                    }
                    if (probability(clusters.get(i).profile, clusters.get(j).profile) >= settings.storyThreshold()) {
                        linked.union(i, j);
                    }
                }
            }
        }
        Map<Integer, List<EventCluster>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(linked.find(i), k -> new ArrayList<>()).add(clusters.get(i));
        }
        List<Story> stories = new ArrayList<>();
        for (List<EventCluster> group : groups.values()) {
            stories.add(story("s" + (stories.size() + 1), group, events));
        }
        return stories;
    }

    private double probability(Profile a, Profile b) {
        long days = settings.timeDecay() ? a.daysApart(b) : 0;
        double decay = days <= SAME_STORY_DAYS ? 1 : Math.exp(-(days - SAME_STORY_DAYS) / DECAY_DAYS);
        return settings.storyModel().probability(LinkFeatures.between(a, b)) * decay;
    }

    private static Story story(String id, List<EventCluster> group, Map<EventCluster, Event> events) {
        List<String> eventIds = new ArrayList<>();
        List<DocumentVectors> members = new ArrayList<>();
        Profile profile = new Profile();
        for (EventCluster cluster : group) {
            eventIds.add(events.get(cluster).id());
            members.addAll(cluster.members);
            profile.add(cluster.profile);
        }
        members.sort(Comparator.comparing(DocumentVectors::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        List<String> documentIds = new ArrayList<>();
        for (DocumentVectors member : members) {
            documentIds.add(member.id());
        }
        return new Story(id, Headlines.mostCentral(members, profile), eventIds, documentIds, List.of(), List.of(), List.of());
    }
}
