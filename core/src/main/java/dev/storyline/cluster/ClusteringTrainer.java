package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Learns {@link ClusteringSettings}. {@link #fit} learns the event model from documents with gold events by logistic
 * regression, then the join and merge thresholds by a grid search on the given objective, averaged over
 * {@value #ORDERS} arrival orders of the tuning documents, taking the middle of the best plateau.
 * {@link #calibrateStories} then sets the story model's bias from events of different situations that must stay
 * apart. Nothing of the test data is seen.
 *
 * <p>Event examples come from replaying the training stream with the gold labels, as the clusterer meets it: each
 * document against its own gold event, when one has formed before it, and against the {@value #HARD_NEGATIVES} other
 * gold events whose bodies are most like it.
 */
public final class ClusteringTrainer {

    private static final double[] GRID = grid();
    /** Negatives per training document: the other events most like it, the ones the decision has to get right. */
    static final int HARD_NEGATIVES = 5;
    /**
     * Arrival orders each threshold is scored on: the given one and shuffles of it. Undated documents have no true
     * order, and one order alone makes the chosen threshold depend on its accidents.
     */
    static final int ORDERS = 3;
    /**
     * Thresholds scoring within this much of the best on the training data count as equally good, and the middle one
     * is taken: a threshold at the edge of a flat optimum is the one most likely to fail on new data.
     */
    static final double PLATEAU = 0.005;
    private static final int BODY = LinkFeatures.NAMES.indexOf("body");
    /** The calibrated story model's bias puts the cut for dated events at probability one half. */
    static final double STORY_THRESHOLD = 0.5;
    /** The share of events of another situation a dated event's story link may let through in training. */
    static final double DATED_FALSE_LINKS = 0.10;
    /** The same for undated events: none. */
    static final double UNDATED_FALSE_LINKS = 0.0;

    private ClusteringTrainer() {
    }

    /**
     * Learns the event model and its thresholds; the story model of the result links nothing until
     * {@link #calibrateStories} sets it.
     *
     * @param documents      documents the models learn from, in stream order
     * @param tuning         documents the thresholds are chosen on, in stream order (may be the same)
     * @param goldEvent      the gold event of each document of both lists
     * @param features       which {@link LinkModel#featureNames()} the event model may use
     * @param merge          whether the clusterer merges events
     * @param timeDecay      whether scores decay with time
     * @param eventObjective higher is better, computed on a clustering of the tuning documents (e.g. event BCubed F1)
     */
    public static ClusteringSettings fit(List<ClusterInput> documents, List<ClusterInput> tuning,
                                         Map<String, String> goldEvent, boolean[] features, boolean merge, boolean timeDecay,
                                         ToDoubleFunction<Clustering> eventObjective) {
        Vectorizer vectorizer = new Vectorizer();
        Map<String, Profile> events = new LinkedHashMap<>();
        List<double[]> eventRows = new ArrayList<>();
        List<Boolean> eventLabels = new ArrayList<>();
        for (ClusterInput input : documents) {
            DocumentVectors document = vectorizer.vectorize(input);
            String gold = goldEvent.get(input.id());
            addReplayExamples(Profile.of(document), gold, events, eventRows, eventLabels);
            events.computeIfAbsent(gold, g -> new Profile()).add(document);
        }
        LinkModel eventModel = LinkModel.fit(eventRows, eventLabels, features);
        LinkModel noStories = new LinkModel(0, new double[LinkModel.storyFeatureNames().size()]);

        ClusteringSettings best = new ClusteringSettings(eventModel, 0.5, false, 1.0, noStories, 1.0, 1.0, timeDecay);
        best = bestOf(best, tuning, eventObjective, Knob.JOIN);
        if (merge) {
            best = new ClusteringSettings(eventModel, best.joinThreshold(), true, 0.5, noStories, 1.0, 1.0, timeDecay);
            best = bestOf(best, tuning, eventObjective, Knob.MERGE);
        }
        return best;
    }

    /**
     * Sets the story model's bias and the undated threshold from events that must stay apart. There is no open
     * training data of storylines followed over weeks, so the story model is not fitted: its weights (how much the
     * subject, the cast and a back-reference count) are given, and only where to cut is learned. The events the
     * event model forms on {@code documents} are taken in time order; for each, the best story score against the
     * gold stories formed before it, other than its own, is a link that must not happen.
     * <ul>
     *   <li>A dated event joins at probability {@value #STORY_THRESHOLD}, which the bias puts at the
     *       {@code 1 - }{@value #DATED_FALSE_LINKS} quantile of those scores: in a dated stream the decay from a
     *       story's latest event keeps most other situations out of reach as well.</li>
     *   <li>An undated event must score above every one of them ({@value #UNDATED_FALSE_LINKS} allowed): nothing
     *       but its content speaks for a link.</li>
     * </ul>
     *
     * @param settings     the event settings
     * @param storyWeights the story model's weights, in {@link LinkModel#storyFeatureNames()} order
     * @param documents    documents of many situations, in stream order
     * @param goldStory    the situation of each document
     */
    public static ClusteringSettings calibrateStories(ClusteringSettings settings, double[] storyWeights,
                                                      List<ClusterInput> documents, Map<String, String> goldStory) {
        OnlineEventClusterer clusterer = new OnlineEventClusterer(settings);
        for (ClusterInput document : OnlineEventClusterer.inTimeOrder(documents)) {
            clusterer.add(document, null);
        }
        LinkModel weights = new LinkModel(0, storyWeights);
        Map<String, Profile> stories = new LinkedHashMap<>();
        List<Double> wrongLinks = new ArrayList<>();
        for (EventCluster event : clusterer.events()) {
            String gold = majority(event, goldStory);
            double best = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Profile> story : stories.entrySet()) {
                if (!story.getKey().equals(gold)) {
                    best = Math.max(best, weights.logit(StoryFeatures.between(event.profile, story.getValue())));
                }
            }
            if (best > Double.NEGATIVE_INFINITY) {
                wrongLinks.add(best);
            }
            stories.computeIfAbsent(gold, g -> new Profile()).add(event.profile);
        }
        if (wrongLinks.isEmpty()) {
            throw new IllegalArgumentException("calibrating stories needs documents of at least two situations");
        }
        Collections.sort(wrongLinks);
        double dated = quantile(wrongLinks, 1 - DATED_FALSE_LINKS);
        double undated = quantile(wrongLinks, 1 - UNDATED_FALSE_LINKS);
        double undatedThreshold = 1 / (1 + Math.exp(-(undated - dated)));
        return new ClusteringSettings(settings.eventModel(), settings.joinThreshold(), settings.merge(),
                settings.mergeThreshold(), new LinkModel(-dated, storyWeights), STORY_THRESHOLD, undatedThreshold,
                settings.timeDecay());
    }

    private static double quantile(List<Double> sorted, double level) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(level * sorted.size())));
    }

    private static String majority(EventCluster event, Map<String, String> gold) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (DocumentVectors member : event.members) {
            votes.merge(gold.get(member.id()), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * Examples for one arrival against the gold groups formed before it: its own group, if formed, as a positive, and
     * the {@value #HARD_NEGATIVES} other groups whose bodies are most like it as negatives.
     */
    private static void addReplayExamples(Profile arrival, String gold, Map<String, Profile> groups,
                                          List<double[]> rows, List<Boolean> labels) {
        List<double[]> negatives = new ArrayList<>();
        for (Map.Entry<String, Profile> group : groups.entrySet()) {
            double[] row = LinkFeatures.between(arrival, group.getValue());
            if (group.getKey().equals(gold)) {
                rows.add(row);
                labels.add(true);
            } else {
                negatives.add(row);
            }
        }
        negatives.sort((a, b) -> Double.compare(b[BODY], a[BODY]));
        for (int i = 0; i < Math.min(HARD_NEGATIVES, negatives.size()); i++) {
            rows.add(negatives.get(i));
            labels.add(false);
        }
    }

    private enum Knob { JOIN, MERGE }

    private static ClusteringSettings bestOf(ClusteringSettings start, List<ClusterInput> documents,
                                             ToDoubleFunction<Clustering> objective, Knob knob) {
        List<List<ClusterInput>> orders = new ArrayList<>();
        orders.add(documents);
        for (int seed = 1; seed < ORDERS; seed++) {
            List<ClusterInput> shuffled = new ArrayList<>(documents);
            Collections.shuffle(shuffled, new Random(seed));
            orders.add(shuffled);
        }
        double[] scores = new double[GRID.length];
        double best = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < GRID.length; g++) {
            ClusteringSettings candidate = with(start, knob, GRID[g]);
            for (List<ClusterInput> order : orders) {
                scores[g] += objective.applyAsDouble(OnlineEventClusterer.cluster(order, Map.of(), candidate)) / orders.size();
            }
            best = Math.max(best, scores[g]);
        }
        List<Double> plateau = new ArrayList<>();
        for (int g = 0; g < GRID.length; g++) {
            if (scores[g] >= best - PLATEAU) {
                plateau.add(GRID[g]);
            }
        }
        return with(start, knob, plateau.get(plateau.size() / 2));
    }

    private static ClusteringSettings with(ClusteringSettings s, Knob knob, double value) {
        return switch (knob) {
            case JOIN -> new ClusteringSettings(s.eventModel(), value, s.merge(), s.mergeThreshold(), s.storyModel(),
                    s.storyThreshold(), s.undatedStoryThreshold(), s.timeDecay());
            case MERGE -> new ClusteringSettings(s.eventModel(), s.joinThreshold(), s.merge(), value, s.storyModel(),
                    s.storyThreshold(), s.undatedStoryThreshold(), s.timeDecay());
        };
    }

    private static double[] grid() {
        double[] grid = new double[19];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 0.05 * (i + 1);
        }
        return grid;
    }
}
