package dev.storyline.bench.extraction;

import java.util.List;

/**
 * The trafilatura evaluation's text metric: a page's {@code with} segments must occur in the extracted text and its
 * {@code without} segments must not, after collapsing whitespace. Counts are summed over the corpus (micro average);
 * an empty extraction finds no segment at all.
 */
final class SegmentMatch {

    private int truePositives;
    private int falseNegatives;
    private int falsePositives;
    private int trueNegatives;

    /** Adds one page and returns the number of segments it got wrong. */
    int add(List<String> with, List<String> without, String predicted) {
        String text = collapse(predicted);
        int wrong = 0;
        for (String segment : with) {
            if (!text.isEmpty() && text.contains(collapse(segment))) {
                truePositives++;
            } else {
                falseNegatives++;
                wrong++;
            }
        }
        for (String segment : without) {
            if (!text.isEmpty() && text.contains(collapse(segment))) {
                falsePositives++;
                wrong++;
            } else {
                trueNegatives++;
            }
        }
        return wrong;
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    static String collapse(String text) {
        return text == null ? "" : text.replaceAll("(?U)\\s+", " ").strip();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
