package dev.storyline.bench.clustering;

/**
 * Correlation between two paired samples, used to compare a system's similarity scores with human ratings
 * (the official measure of SemEval-2022 Task 8 is Pearson's r).
 */
public final class Correlation {

    private Correlation() {
    }

    /**
     * Pearson's product-moment correlation. Returns NaN when either sample has zero variance, where r is undefined.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold fewer than two values
     */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples differ in length: " + x.length + " and " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("need at least two pairs, got " + x.length);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= x.length;
        meanY /= y.length;
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        if (varianceX == 0 || varianceY == 0) {
            return Double.NaN;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }
}
