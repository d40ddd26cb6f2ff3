package dev.storyline.bench.clustering;

import java.util.HashMap;
import java.util.Map;

/**
 * Extrinsic scores of a flat clustering against gold clusters: pairwise precision/recall/F1 and BCubed
 * precision/recall/F1 (Bagga &amp; Baldwin 1998; Amigó et al. 2009). Both are computed from the counts of items shared
 * by each predicted and gold cluster, so the cost grows with the number of items, not with the number of pairs.
 */
public final class ClusterMetrics {

    /**
     * The scores of one clustering.
     *
     * @param pairwisePrecision of the item pairs put together, the share that gold also puts together (1 when none are)
     * @param pairwiseRecall    of the item pairs gold puts together, the share the clustering also does (1 when gold has none)
     * @param predictedClusters distinct predicted labels among the scored items
     * @param goldClusters      distinct gold labels
     */
    public record Scores(double pairwisePrecision, double pairwiseRecall, double pairwiseF1,
                         double bcubedPrecision, double bcubedRecall, double bcubedF1,
                         int predictedClusters, int goldClusters) {
    }

    private record Cell(String predicted, String gold) {
    }

    private ClusterMetrics() {
    }

    /**
     * Scores a clustering. The items are the keys of {@code gold}; predicted labels of other keys are ignored.
     *
     * @param predicted item id to predicted cluster label
     * @param gold      item id to gold cluster label
     * @throws IllegalArgumentException if gold is empty, or an item has no predicted or no gold label
     */
    public static Scores score(Map<String, String> predicted, Map<String, String> gold) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no items to score: the gold clustering is empty");
        }
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<Cell, Integer> overlaps = new HashMap<>();
        for (Map.Entry<String, String> entry : gold.entrySet()) {
            String item = entry.getKey();
            String goldLabel = entry.getValue();
            String predictedLabel = predicted.get(item);
            if (goldLabel == null) {
                throw new IllegalArgumentException("item " + item + " has no gold label");
            }
            if (predictedLabel == null) {
                throw new IllegalArgumentException("item " + item + " is missing from the predicted clustering");
            }
            predictedSizes.merge(predictedLabel, 1, Integer::sum);
            goldSizes.merge(goldLabel, 1, Integer::sum);
            overlaps.merge(new Cell(predictedLabel, goldLabel), 1, Integer::sum);
        }

        long sharedPairs = 0;
        double bcubedPrecisionSum = 0;
        double bcubedRecallSum = 0;
        for (Map.Entry<Cell, Integer> entry : overlaps.entrySet()) {
            long shared = entry.getValue();
            sharedPairs += pairs(shared);
            // Each of the `shared` items in this cell scores shared/|its cluster|, hence shared² in total.
            bcubedPrecisionSum += (double) (shared * shared) / predictedSizes.get(entry.getKey().predicted());
            bcubedRecallSum += (double) (shared * shared) / goldSizes.get(entry.getKey().gold());
        }
        long predictedPairs = 0;
        for (int size : predictedSizes.values()) {
            predictedPairs += pairs(size);
        }
        long goldPairs = 0;
        for (int size : goldSizes.values()) {
            goldPairs += pairs(size);
        }

        double pairwisePrecision = predictedPairs == 0 ? 1.0 : (double) sharedPairs / predictedPairs;
        double pairwiseRecall = goldPairs == 0 ? 1.0 : (double) sharedPairs / goldPairs;
        double bcubedPrecision = bcubedPrecisionSum / gold.size();
        double bcubedRecall = bcubedRecallSum / gold.size();
        return new Scores(pairwisePrecision, pairwiseRecall, f1(pairwisePrecision, pairwiseRecall),
                bcubedPrecision, bcubedRecall, f1(bcubedPrecision, bcubedRecall),
                predictedSizes.size(), goldSizes.size());
    }

    /** The number of unordered pairs among {@code n} items. */
    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double precision, double recall) {
        if (precision + recall == 0) {
            return 0.0;
        }
        return 2 * precision * recall / (precision + recall);
    }
}
