package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinkModelTest {

    private static final int TITLE = LinkModel.featureNames().indexOf("title");
    private static final int BODY = LinkModel.featureNames().indexOf("body");

    private final List<double[]> rows = new ArrayList<>();
    private final List<Boolean> labels = new ArrayList<>();

    LinkModelTest() {
        double[][] together = {{0.6, 0.9}, {0.5, 0.8}, {0.7, 0.75}, {0.4, 0.85}, {0.6, 0.7}};
        double[][] apart = {{0.2, 0.1}, {0.1, 0.2}, {0.3, 0.05}, {0.2, 0.15}, {0.1, 0.25}};
        for (double[] titleAndBody : together) {
            rows.add(row(titleAndBody[0], titleAndBody[1]));
            labels.add(true);
        }
        for (double[] titleAndBody : apart) {
            rows.add(row(titleAndBody[0], titleAndBody[1]));
            labels.add(false);
        }
    }

    @Test
    void aFittedModelSeparatesHighBodySimilarityFromLow() {
        LinkModel model = LinkModel.fit(rows, labels, allFeatures());

        double high = model.probability(row(0.5, 0.8));
        double low = model.probability(row(0.2, 0.15));
        assertThat(high).isGreaterThan(0.5).isGreaterThan(low);
        assertThat(low).isLessThan(0.5);
    }

    @Test
    void aFeatureLeftOutOfTheFitGetsWeightZero() {
        boolean[] used = allFeatures();
        used[TITLE] = false;

        LinkModel model = LinkModel.fit(rows, labels, used);

        assertThat(model.weights()[TITLE]).isZero();
        assertThat(model.weights()[BODY]).isPositive();
        assertThat(LinkModel.fit(rows, labels, allFeatures()).weights()[TITLE]).isNotZero();
    }

    @Test
    void contributionsComeLargestFirstAndSkipFeaturesWithoutWeight() {
        double[] weights = new double[LinkModel.featureNames().size()];
        weights[TITLE] = 1.0;
        weights[BODY] = -3.0;
        weights[LinkModel.featureNames().indexOf("names")] = 2.0;
        double[] features = new double[weights.length];
        Arrays.fill(features, 0.5);

        var shares = new LinkModel(0, weights).contributions(features, LinkModel.featureNames());

        assertThat(shares.keySet()).containsExactly("body", "names", "title");
        assertThat(shares.get("body")).isCloseTo(-1.5, within(1e-12));
    }

    private static double[] row(double title, double body) {
        double[] x = new double[LinkModel.featureNames().size()];
        x[TITLE] = title;
        x[BODY] = body;
        return x;
    }

    private static boolean[] allFeatures() {
        boolean[] used = new boolean[LinkModel.featureNames().size()];
        Arrays.fill(used, true);
        return used;
    }
}
