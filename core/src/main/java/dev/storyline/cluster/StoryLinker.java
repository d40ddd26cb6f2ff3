package dev.storyline.cluster;

import dev.storyline.model.Event;
import dev.storyline.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links events into stories. An event joins a story when the {@link ClusteringSettings#storyModel()} probability over
 * their {@link LinkFeatures} (shared actors and places, topic words, one headline echoed in the other's body), times a
 * looser time decay than for events (1 within {@value #SAME_STORY_DAYS} days, then a factor e every
 * {@value #DECAY_DAYS} days), reaches the story threshold.
 *
 * <p>Only the {@value #MAX_CANDIDATES} stories that share the most indexed terms with the event are compared; a term
 * shared by more than {@value #MAX_STORIES_PER_TERM} stories is too common to suggest a link and is not counted.
 */
final class StoryLinker {

    static final long SAME_STORY_DAYS = 7;
    static final double DECAY_DAYS = 30.0;
    static final int MAX_STORIES_PER_TERM = 200;
    static final int MAX_CANDIDATES = 12;

    private final ClusteringSettings settings;

    StoryLinker(ClusteringSettings settings) {
        this.settings = settings;
    }

    /** A story while it grows: its events and their summed profile. */
    private static final class StoryGroup {
        final List<EventCluster> events = new ArrayList<>();
        final Profile profile = new Profile();
        final Set<Integer> terms = new HashSet<>();
    }

    /**
     * Stories over the given events, which come in time order; {@code events} maps each cluster to its finished
     * event. Each event joins the story it most probably continues, compared with the story's summed profile rather
     * than with single events, so that a chain of loosely similar events does not grow into one story.
     */
    List<Story> stories(List<EventCluster> clusters, Map<EventCluster, Event> events) {
        List<StoryGroup> groups = new ArrayList<>();
        Map<Integer, List<StoryGroup>> postings = new HashMap<>();
        for (EventCluster cluster : clusters) {
            List<StoryGroup> candidates = candidates(cluster, postings);
            StoryGroup best = null;
            double bestScore = settings.storyThreshold();
            for (StoryGroup candidate : candidates) {
                double score = probability(cluster.profile, candidate.profile);
                if (score >= bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new StoryGroup();
                groups.add(best);
            }
            best.events.add(cluster);
            best.profile.add(cluster.profile);
            for (int term : cluster.indexedTerms) {
                if (best.terms.add(term)) {
                    postings.computeIfAbsent(term, t -> new ArrayList<>()).add(best);
                }
            }
        }
        List<Story> stories = new ArrayList<>();
        for (StoryGroup group : groups) {
            stories.add(story("s" + (stories.size() + 1), group.events, events));
        }
        return stories;
    }

    /** The stories sharing the most indexed terms with the event, skipping terms too common to mean anything. */
    private static List<StoryGroup> candidates(EventCluster cluster, Map<Integer, List<StoryGroup>> postings) {
        Map<StoryGroup, Integer> shared = new LinkedHashMap<>();
        for (int term : cluster.indexedTerms) {
            List<StoryGroup> posted = postings.get(term);
            if (posted != null && posted.size() <= MAX_STORIES_PER_TERM) {
                for (StoryGroup story : posted) {
                    shared.merge(story, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<StoryGroup, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<StoryGroup> top = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) {
            top.add(ranked.get(i).getKey());
        }
        return top;
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
        members.sort(DocumentVectors.IN_TIME_ORDER);
        List<String> documentIds = new ArrayList<>();
        for (DocumentVectors member : members) {
            documentIds.add(member.id());
        }
        return new Story(id, Headlines.mostCentral(members, profile), eventIds, documentIds, List.of(), List.of(), List.of());
    }
}
