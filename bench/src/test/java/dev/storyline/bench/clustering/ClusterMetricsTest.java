package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClusterMetricsTest {

    /** Gold clusters {a,b,c} and {d,e}, used by every test below. */
    private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

    private static final double EPS = 1e-9;

    @Test
    void handWorkedExample() {
        // Predicted {a,b} and {c,d,e}.
        // Pairwise: predicted pairs ab, cd, ce, de (4); gold pairs ab, ac, bc, de (4); shared ab, de (2).
        //   P = 2/4, R = 2/4, F1 = 1/2.
        // BCubed, per item as (overlap/|predicted|, overlap/|gold|):
        //   a, b: (2/2, 2/3); c: (1/3, 1/3); d, e: (2/3, 2/2).
        //   P = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15; R = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15; F1 = 11/15.
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");

        ClusterMetrics.Scores scores = ClusterMetrics.score(predicted, GOLD);

        assertThat(scores.pairwisePrecision()).isCloseTo(0.5, within(EPS));
        assertThat(scores.pairwiseRecall()).isCloseTo(0.5, within(EPS));
        assertThat(scores.pairwiseF1()).isCloseTo(0.5, within(EPS));
        assertThat(scores.bcubedPrecision()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(scores.bcubedRecall()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(scores.bcubedF1()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(scores.predictedClusters()).isEqualTo(2);
        assertThat(scores.goldClusters()).isEqualTo(2);
    }

    @Test
    void allSingletons() {
        // No predicted pairs, so P = 1; none of the 4 gold pairs is found, so R = 0 and F1 = 0.
        // BCubed: P = 1 for every item; R = 1/3 for a, b, c and 1/2 for d, e, so R = (3 * 1/3 + 2 * 1/2) / 5 = 2/5.
        //   F1 = 2 * 1 * 2/5 / (1 + 2/5) = 4/7.
        Map<String, String> predicted = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");

        ClusterMetrics.Scores scores = ClusterMetrics.score(predicted, GOLD);

        assertThat(scores.pairwisePrecision()).isCloseTo(1.0, within(EPS));
        assertThat(scores.pairwiseRecall()).isCloseTo(0.0, within(EPS));
        assertThat(scores.pairwiseF1()).isCloseTo(0.0, within(EPS));
        assertThat(scores.bcubedPrecision()).isCloseTo(1.0, within(EPS));
        assertThat(scores.bcubedRecall()).isCloseTo(2.0 / 5, within(EPS));
        assertThat(scores.bcubedF1()).isCloseTo(4.0 / 7, within(EPS));
        assertThat(scores.predictedClusters()).isEqualTo(5);
    }

    @Test
    void oneBigCluster() {
        // Predicted pairs: C(5,2) = 10, of which the 4 gold pairs are shared: P = 4/10, R = 1, F1 = 2 * 0.4 / 1.4 = 4/7.
        // BCubed: R = 1; P = 3/5 for a, b, c and 2/5 for d, e, so P = (9/5 + 4/5) / 5 = 13/25.
        //   F1 = 2 * 13/25 / (1 + 13/25) = 26/38 = 13/19.
        Map<String, String> predicted = Map.of("a", "all", "b", "all", "c", "all", "d", "all", "e", "all");

        ClusterMetrics.Scores scores = ClusterMetrics.score(predicted, GOLD);

        assertThat(scores.pairwisePrecision()).isCloseTo(0.4, within(EPS));
        assertThat(scores.pairwiseRecall()).isCloseTo(1.0, within(EPS));
        assertThat(scores.pairwiseF1()).isCloseTo(4.0 / 7, within(EPS));
        assertThat(scores.bcubedPrecision()).isCloseTo(13.0 / 25, within(EPS));
        assertThat(scores.bcubedRecall()).isCloseTo(1.0, within(EPS));
        assertThat(scores.bcubedF1()).isCloseTo(13.0 / 19, within(EPS));
        assertThat(scores.predictedClusters()).isEqualTo(1);
    }

    @Test
    void sameClustersUnderOtherLabelsScorePerfectlyAndExtraPredictionsAreIgnored() {
        Map<String, String> predicted = Map.of("a", "G2", "b", "G2", "c", "G2", "d", "G1", "e", "G1", "zzz", "G1");

        ClusterMetrics.Scores scores = ClusterMetrics.score(predicted, GOLD);

        assertThat(scores.pairwiseF1()).isCloseTo(1.0, within(EPS));
        assertThat(scores.bcubedF1()).isCloseTo(1.0, within(EPS));
        assertThat(scores.predictedClusters()).isEqualTo(2);
    }

    @Test
    void missingItemIsAnError() {
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "x", "d", "y");

        assertThatThrownBy(() -> ClusterMetrics.score(predicted, GOLD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item e ");
    }

    @Test
    void scalesToManyItems() {
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            gold.put("doc" + i, "g" + (i % 1000));
            predicted.put("doc" + i, "p" + (i % 1000));
        }

        ClusterMetrics.Scores scores = ClusterMetrics.score(predicted, gold);

        assertThat(scores.pairwiseF1()).isCloseTo(1.0, within(EPS));
        assertThat(scores.bcubedF1()).isCloseTo(1.0, within(EPS));
        assertThat(scores.goldClusters()).isEqualTo(1000);
    }
}
