package dev.storyline.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * A logistic regression over similarity features: the probability that two profiles belong together. The event model
 * weighs {@link #featureNames()} (a document or event against an event), the story model
 * {@link #storyFeatureNames()} (an event against a story). Features left out of the model (for an ablation, or
 * embeddings when there are none) have weight 0 and are ignored.
 *
 * @param bias    the intercept
 * @param weights one weight per feature, in the order of the feature names
 */
public record LinkModel(double bias, double[] weights) implements Serializable {

    public LinkModel {
        weights = weights.clone();
    }

    /** A copy of the weights, in feature order. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The event model's feature names, in weight order. */
    public static List<String> featureNames() {
        return LinkFeatures.NAMES;
    }

    /** The story model's feature names, in weight order. */
    public static List<String> storyFeatureNames() {
        return StoryFeatures.NAMES;
    }

    double probability(double[] features) {
        return 1 / (1 + Math.exp(-logit(features)));
    }

    double logit(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }

    /** Each feature's share of the logit, largest first, for explanations. */
    Map<String, Double> contributions(double[] features, List<String> names) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(Math.abs(weights[b] * features[b]), Math.abs(weights[a] * features[a])));
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i : order) {
            shares.put(names.get(i), weights[i] * features[i]);
        }
        return shares;
    }

    /**
     * Fits the model by Newton's method (iteratively reweighted least squares) with a small ridge penalty.
     *
     * @param features one row per example
     * @param labels   whether each example's pair belongs together
     * @param used     which features the model may use
     */
    public static LinkModel fit(List<double[]> features, List<Boolean> labels, boolean[] used) {
        int n = used.length + 1;
        double[] w = new double[n];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (int e = 0; e < features.size(); e++) {
                double[] x = row(features.get(e), used);
                double z = 0;
                for (int i = 0; i < n; i++) {
                    z += w[i] * x[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double error = (labels.get(e) ? 1 : 0) - p;
                double curvature = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < n; i++) {
                    gradient[i] += error * x[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                gradient[i] -= RIDGE * w[i];
                hessian[i][i] += RIDGE;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < n; i++) {
                w[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        double[] weights = Arrays.copyOfRange(w, 1, n);
        for (int i = 0; i < weights.length; i++) {
            if (!used[i]) {
                weights[i] = 0;
            }
        }
        return new LinkModel(w[0], weights);
    }

    private static final double RIDGE = 0.01;

    private static double[] row(double[] features, boolean[] used) {
        double[] x = new double[features.length + 1];
        x[0] = 1;
        for (int i = 0; i < features.length; i++) {
            x[i + 1] = used[i] ? features[i] : 0;
        }
        return x;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(matrix[i], n + 1);
            a[i][n] = vector[i];
        }
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int r = column + 1; r < n; r++) {
                if (Math.abs(a[r][column]) > Math.abs(a[pivot][column])) {
                    pivot = r;
                }
            }
            double[] swap = a[column];
            a[column] = a[pivot];
            a[pivot] = swap;
            for (int r = column + 1; r < n; r++) {
                double factor = a[r][column] / a[column][column];
                for (int c = column; c <= n; c++) {
                    a[r][c] -= factor * a[column][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkModel model && model.bias == bias && Arrays.equals(model.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(bias) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LinkModel[bias=" + bias + ", weights=" + Arrays.toString(weights) + "]";
    }
}
