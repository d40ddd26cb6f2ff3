package dev.storyline.bench.claims;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve: the chance that a randomly chosen positive scores higher than a randomly chosen negative,
 * ties counting one half. It judges a score without choosing a threshold, and a yes/no decision given as 0/1 gets
 * (recall + specificity) / 2.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * The AUC of {@code scores} for the items marked {@code positive}, by the Mann-Whitney rank sum with tied scores
     * given their mean rank. NaN when there are no positives or no negatives, where it is undefined.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("scores and labels differ in length: " + scores.length + " and " + positive.length);
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        long positives = 0;
        double positiveRankSum = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double meanRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (positive[order[k]]) {
                    positives++;
                    positiveRankSum += meanRank;
                }
            }
            start = end + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
