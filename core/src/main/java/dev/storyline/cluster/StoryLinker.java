package dev.storyline.cluster;

import dev.storyline.model.Event;
import dev.storyline.model.Story;

import java.io.Serializable;
import java.time.LocalDate;
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
final class StoryLinker implements Serializable {

    private static final long serialVersionUID = 1L;

    static final long SAME_STORY_DAYS = 7;
    static final double DECAY_DAYS = 30.0;
    static final int MAX_STORIES_PER_TERM = 200;
    static final int MAX_CANDIDATES = 12;

    private final ClusteringSettings settings;
    /** The settled events linked so far, with the version each had then, and the stories and postings they made. */
    private final List<Linked> settled = new ArrayList<>();
    private final List<StoryGroup> groups = new ArrayList<>();
    private final Map<Integer, List<StoryGroup>> postings = new HashMap<>();

    StoryLinker(ClusteringSettings settings) {
        this.settings = settings;
    }

    /** An event as it was when linked. */
    private record Linked(EventCluster cluster, int version) implements Serializable {
    }

    /** A story while it grows: its events and their summed profile. */
    private static final class StoryGroup implements Serializable {

        private static final long serialVersionUID = 1L;
        final List<EventCluster> events;
        final Profile profile;
        final Set<Integer> terms;

        StoryGroup() {
            this(new ArrayList<>(), new Profile(), new HashSet<>());
        }

        private StoryGroup(List<EventCluster> events, Profile profile, Set<Integer> terms) {
            this.events = events;
            this.profile = profile;
            this.terms = terms;
        }

        StoryGroup copy() {
            return new StoryGroup(new ArrayList<>(events), profile.copy(), new HashSet<>(terms));
        }
    }

    /**
     * Stories over the given events, which come in time order; {@code events} maps each cluster to its finished
     * event. Each event joins the story it most probably continues, compared with the story's summed profile rather
     * than with single events, so that a chain of loosely similar events does not grow into one story.
     *
     * <p>Linking is online, so the links of the first events do not depend on the later ones. The linker keeps what
     * the settled events made (those whose latest document is before {@code settledBefore}, which new documents no
     * longer reach), and links them again only when one of them changed since or the order moved. The events after
     * them are linked on copies of the stories they touch, since they may still grow.
     *
     * @param settledBefore the date before which an event is settled, or null when none is
     */
    List<Story> stories(List<EventCluster> clusters, Map<EventCluster, Event> events, LocalDate settledBefore) {
        if (!startsWithSettled(clusters)) {
            settled.clear();
            groups.clear();
            postings.clear();
        }
        int next = settled.size();
        Links direct = new Links(false);
        for (; next < clusters.size() && isSettled(clusters.get(next), settledBefore); next++) {
            link(clusters.get(next), direct);
            settled.add(new Linked(clusters.get(next), clusters.get(next).version));
        }
        Links copies = new Links(true);
        for (; next < clusters.size(); next++) {
            link(clusters.get(next), copies);
        }
        List<Story> stories = new ArrayList<>();
        for (StoryGroup group : copies.groups()) {
            stories.add(story("s" + (stories.size() + 1), group.events, events));
        }
        return stories;
    }

    private boolean startsWithSettled(List<EventCluster> clusters) {
        if (clusters.size() < settled.size()) {
            return false;
        }
        for (int i = 0; i < settled.size(); i++) {
            if (clusters.get(i) != settled.get(i).cluster() || clusters.get(i).version != settled.get(i).version()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSettled(EventCluster cluster, LocalDate settledBefore) {
        LocalDate last = cluster.profile.last();
        return settledBefore != null && last != null && last.isBefore(settledBefore);
    }

    private void link(EventCluster cluster, Links links) {
        StoryGroup best = null;
        double bestScore = settings.storyThreshold();
        for (StoryGroup candidate : candidates(cluster, links)) {
            double score = probability(cluster.profile, candidate.profile);
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        best = best == null ? links.newGroup() : links.writable(best);
        best.events.add(cluster);
        best.profile.add(cluster.profile);
        for (int term : cluster.indexedTerms) {
            if (best.terms.add(term)) {
                links.post(term, best);
            }
        }
    }

    /**
     * Where links are written: straight into the settled stories and postings, or, for events that may still change,
     * into copies of the stories they join and postings kept beside the settled ones, which the next call drops.
     */
    private final class Links {
        private final boolean onCopies;
        private final Map<StoryGroup, StoryGroup> copies = new HashMap<>();
        private final List<StoryGroup> added = new ArrayList<>();
        /** The stories this call opened or copied, which it may change. */
        private final Set<StoryGroup> own = new HashSet<>();
        private final Map<Integer, List<StoryGroup>> addedPostings = new HashMap<>();

        Links(boolean onCopies) {
            this.onCopies = onCopies;
        }

        /** The stories posted under a term, in posting order, each as this call sees it. */
        List<StoryGroup> posted(int term) {
            List<StoryGroup> base = postings.getOrDefault(term, List.of());
            List<StoryGroup> extra = addedPostings.getOrDefault(term, List.of());
            if (extra.isEmpty() && copies.isEmpty()) {
                return base;
            }
            List<StoryGroup> all = new ArrayList<>(base.size() + extra.size());
            for (StoryGroup group : base) {
                all.add(copies.getOrDefault(group, group));
            }
            all.addAll(extra);
            return all;
        }

        StoryGroup newGroup() {
            StoryGroup group = new StoryGroup();
            (onCopies ? added : groups).add(group);
            own.add(group);
            return group;
        }

        StoryGroup writable(StoryGroup group) {
            if (!onCopies || own.contains(group)) {
                return group;
            }
            StoryGroup copy = group.copy();
            copies.put(group, copy);
            own.add(copy);
            return copy;
        }

        void post(int term, StoryGroup group) {
            (onCopies ? addedPostings : postings).computeIfAbsent(term, t -> new ArrayList<>()).add(group);
        }

        /** Every story in the order it was opened. */
        List<StoryGroup> groups() {
            List<StoryGroup> all = new ArrayList<>();
            for (StoryGroup group : groups) {
                all.add(copies.getOrDefault(group, group));
            }
            all.addAll(added);
            return all;
        }
    }

    /** The stories sharing the most indexed terms with the event, skipping terms too common to mean anything. */
    private static List<StoryGroup> candidates(EventCluster cluster, Links links) {
        Map<StoryGroup, Integer> shared = new LinkedHashMap<>();
        for (int term : cluster.indexedTerms) {
            List<StoryGroup> posted = links.posted(term);
            if (posted.size() <= MAX_STORIES_PER_TERM) {
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
