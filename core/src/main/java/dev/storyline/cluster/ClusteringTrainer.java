package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Learns {@link ClusteringSettings} from documents with gold events and stories: the event and story models by
 * logistic regression, then the join, merge and story thresholds by a grid search on the given objectives, averaged
 * over {@value #ORDERS} arrival orders of the same training documents, taking the middle of the best plateau. Nothing of the test data is seen.
 *
 * <p>Examples come from replaying the training stream with the gold labels, as the clusterer meets it: each document
 * against its own gold event, when one has formed before it, and against the {@value #HARD_NEGATIVES} other gold
 * events whose bodies are most like it; then each gold event, in order of first appearance, against the gold stories
 * formed before it in the same way.
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

    private ClusteringTrainer() {
    }

    /**
     * @param documents      training documents in stream order
     * @param goldEvent      the gold event of each document
     * @param goldStory      the gold story of each document
     * @param features       which {@link LinkModel#featureNames()} the models may use
     * @param merge          whether the clusterer merges events
     * @param timeDecay      whether scores decay with time
     * @param eventObjective higher is better, computed on a clustering of the training documents (e.g. event BCubed F1)
     * @param storyObjective the same for stories
     */
    public static ClusteringSettings fit(List<ClusterInput> documents, Map<String, String> goldEvent,
                                         Map<String, String> goldStory, boolean[] features, boolean merge,
                                         boolean timeDecay, ToDoubleFunction<Clustering> eventObjective,
                                         ToDoubleFunction<Clustering> storyObjective) {
        Vectorizer vectorizer = new Vectorizer();
        Map<String, Profile> events = new LinkedHashMap<>();
        Map<String, String> storyOfEvent = new LinkedHashMap<>();
        List<double[]> eventRows = new ArrayList<>();
        List<Boolean> eventLabels = new ArrayList<>();
        for (ClusterInput input : documents) {
            DocumentVectors document = vectorizer.vectorize(input);
            String gold = goldEvent.get(input.id());
            addReplayExamples(Profile.of(document), gold, events, eventRows, eventLabels);
            events.computeIfAbsent(gold, g -> new Profile()).add(document);
            storyOfEvent.put(gold, goldStory.get(input.id()));
        }
        LinkModel eventModel = LinkModel.fit(eventRows, eventLabels, features);

        List<double[]> storyRows = new ArrayList<>();
        List<Boolean> storyLabels = new ArrayList<>();
        Map<String, Profile> stories = new LinkedHashMap<>();
        for (Map.Entry<String, Profile> event : events.entrySet()) {
            String gold = storyOfEvent.get(event.getKey());
            addReplayExamples(event.getValue(), gold, stories, storyRows, storyLabels);
            stories.computeIfAbsent(gold, g -> new Profile()).add(event.getValue());
        }
        LinkModel storyModel = LinkModel.fit(storyRows, storyLabels, features);

        ClusteringSettings best = new ClusteringSettings(eventModel, 0.5, false, 1.0, storyModel, 0.5, timeDecay);
        best = bestOf(best, documents, eventObjective, Knob.JOIN);
        if (merge) {
            best = new ClusteringSettings(eventModel, best.joinThreshold(), true, 0.5, storyModel, 0.5, timeDecay);
            best = bestOf(best, documents, eventObjective, Knob.MERGE);
        }
        return bestOf(best, documents, storyObjective, Knob.STORY);
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

    private enum Knob { JOIN, MERGE, STORY }

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
            case JOIN -> new ClusteringSettings(s.eventModel(), value, s.merge(), s.mergeThreshold(), s.storyModel(), s.storyThreshold(), s.timeDecay());
            case MERGE -> new ClusteringSettings(s.eventModel(), s.joinThreshold(), s.merge(), value, s.storyModel(), s.storyThreshold(), s.timeDecay());
            case STORY -> new ClusteringSettings(s.eventModel(), s.joinThreshold(), s.merge(), s.mergeThreshold(), s.storyModel(), value, s.timeDecay());
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
