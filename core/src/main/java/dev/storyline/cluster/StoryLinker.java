package dev.storyline.cluster;

import dev.storyline.model.Event;
import dev.storyline.model.Story;
import dev.storyline.model.StoryExplanation;

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
 * Links events into stories: one developing situation, followed for as long as events keep arriving. An event joins
 * the story it most probably continues when the {@link ClusteringSettings#storyModel()} probability over their
 * {@link StoryFeatures} (the same subject, the same cast, a report referring back), times a time decay counted from
 * the story's latest event, reaches the story threshold. The decay is 1 while the story has been quiet for at most
 * {@value #OPEN_DAYS} days, then falls by a factor e every {@value #DECAY_DAYS} days, so a story that stays quiet for
 * a few months is closed in effect. An undated event has no such protection against situations long past, so it
 * must reach the stricter {@link ClusteringSettings#undatedStoryThreshold()}.
 *
 * <p>Online linking meets a situation's first events while its story is still thin, and may open two stories for it.
 * After linking, each story is compared as a whole with the stories opened before it, by the same model and
 * decay, and merged into the most probable one at or above the threshold.
 *
 * <p>Only the {@value #MAX_CANDIDATES} stories that share the most indexed terms with the event are compared; a term
 * shared by more than {@value #MAX_STORIES_PER_TERM} stories is too common to suggest a link and is not counted.
 */
final class StoryLinker implements Serializable {

    private static final long serialVersionUID = 1L;

    static final long OPEN_DAYS = 30;
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

    /** An event as it was when linked, and why it joined its story. */
    private record Linked(EventCluster cluster, int version, Decision decision) implements Serializable {
    }

    /** Why an event sits in its story: what it did, the best candidate's probability and each feature's share. */
    private record Decision(String decision, double score, Map<String, Double> features) implements Serializable {
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
    Linking stories(List<EventCluster> clusters, Map<EventCluster, Event> events, LocalDate settledBefore) {
        if (!startsWithSettled(clusters)) {
            settled.clear();
            groups.clear();
            postings.clear();
        }
        Map<EventCluster, Decision> decisions = new HashMap<>();
        for (Linked linked : settled) {
            decisions.put(linked.cluster(), linked.decision());
        }
        int next = settled.size();
        Links direct = new Links(false);
        for (; next < clusters.size() && isSettled(clusters.get(next), settledBefore); next++) {
            Decision decision = link(clusters.get(next), direct);
            settled.add(new Linked(clusters.get(next), clusters.get(next).version, decision));
            decisions.put(clusters.get(next), decision);
        }
        Links copies = new Links(true);
        for (; next < clusters.size(); next++) {
            decisions.put(clusters.get(next), link(clusters.get(next), copies));
        }
        List<Story> stories = new ArrayList<>();
        Map<EventCluster, String> storyOf = new HashMap<>();
        for (List<EventCluster> group : mergeSplitStories(copies.groups(), decisions)) {
            Story story = story("s" + (stories.size() + 1), group, events);
            stories.add(story);
            for (EventCluster cluster : group) {
                storyOf.put(cluster, story.id());
            }
        }
        List<StoryExplanation> explanations = new ArrayList<>();
        for (EventCluster cluster : clusters) {
            Decision decision = decisions.get(cluster);
            explanations.add(new StoryExplanation(events.get(cluster).id(), storyOf.get(cluster), decision.decision(),
                    decision.score(), decision.features()));
        }
        return new Linking(stories, explanations);
    }

    /** The stories, and why each event sits in its story. */
    record Linking(List<Story> stories, List<StoryExplanation> explanations) {
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

    private Decision link(EventCluster cluster, Links links) {
        StoryGroup best = null;
        double bestScore = -1;
        for (StoryGroup candidate : candidates(cluster.indexedTerms, links::posted)) {
            double score = probability(cluster.profile, candidate.profile);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        Decision decision = best == null ? new Decision("new", 0, Map.of()) : decision(cluster.profile, best.profile, bestScore);
        best = decision.decision().equals("joined") ? links.writable(best) : links.newGroup();
        best.events.add(cluster);
        best.profile.add(cluster.profile);
        for (int term : cluster.indexedTerms) {
            if (best.terms.add(term)) {
                links.post(term, best);
            }
        }
        return decision;
    }

    /** Joined when the best candidate story reaches the threshold, else new; with its features either way. */
    private Decision decision(Profile event, Profile story, double score) {
        Map<String, Double> features =
                settings.storyModel().contributions(StoryFeatures.between(event, story), StoryFeatures.NAMES);
        return new Decision(score >= threshold(event) ? "joined" : "new", score, features);
    }

    private double threshold(Profile event) {
        return event.first() == null ? settings.undatedStoryThreshold() : settings.storyThreshold();
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

    /** The stories sharing the most indexed terms, skipping terms too common to mean anything. */
    private static <T> List<T> candidates(Set<Integer> terms, java.util.function.IntFunction<List<T>> posted) {
        Map<T, Integer> shared = new LinkedHashMap<>();
        for (int term : terms) {
            List<T> stories = posted.apply(term);
            if (stories.size() <= MAX_STORIES_PER_TERM) {
                for (T story : stories) {
                    shared.merge(story, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<T, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
        List<T> top = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) {
            top.add(ranked.get(i).getKey());
        }
        return top;
    }

    /**
     * Merges stories that online linking split: each story, in the order opened, joins the most probable earlier
     * (merged) story at or above the threshold, compared as wholes. The first event of a story merged this way
     * records the merge as its decision. A story that absorbs none stays the linker's own object; only one that
     * absorbs another is copied, so the linked stories are never changed.
     */
    private List<List<EventCluster>> mergeSplitStories(List<StoryGroup> linked, Map<EventCluster, Decision> decisions) {
        List<StoryGroup> merged = new ArrayList<>();
        Set<StoryGroup> copied = new HashSet<>();
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (StoryGroup group : linked) {
            int best = -1;
            double bestScore = -1;
            for (int candidate : candidates(group.terms, term -> postings.getOrDefault(term, List.of()))) {
                double score = probability(group.profile, merged.get(candidate).profile);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best < 0 || bestScore < threshold(group.profile)) {
                int opened = merged.size();
                merged.add(group);
                for (int term : group.terms) {
                    postings.computeIfAbsent(term, t -> new ArrayList<>()).add(opened);
                }
                continue;
            }
            StoryGroup into = merged.get(best);
            Decision decision = decision(group.profile, into.profile, bestScore);
            decisions.put(group.events.get(0), new Decision("merged", decision.score(), decision.features()));
            if (!copied.contains(into)) {
                into = into.copy();
                copied.add(into);
                merged.set(best, into);
            }
            into.events.addAll(group.events);
            into.events.sort(OnlineEventClusterer.IN_TIME_ORDER);
            into.profile.add(group.profile);
            for (int term : group.terms) {
                if (into.terms.add(term)) {
                    postings.computeIfAbsent(term, t -> new ArrayList<>()).add(best);
                }
            }
        }
        List<List<EventCluster>> stories = new ArrayList<>();
        for (StoryGroup story : merged) {
            stories.add(story.events);
        }
        return stories;
    }

    private double probability(Profile event, Profile story) {
        long days = settings.timeDecay() ? event.daysApart(story) : 0;
        double decay = days <= OPEN_DAYS ? 1 : Math.exp(-(days - OPEN_DAYS) / DECAY_DAYS);
        return settings.storyModel().probability(StoryFeatures.between(event, story)) * decay;
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
