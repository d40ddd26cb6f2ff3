package dev.storyline.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Article Extraction Benchmark's text metric: {@code \w+} tokens, counted 4-token shingles, true and false
 * positives as multiset overlap. Precision is averaged over the pages with a prediction, recall over the pages with a
 * gold body, and F1 comes from the two averages.
 */
final class ShingleMatch {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    /** Adds one page and returns its F1, for listing the worst pages. */
    double add(String gold, String predicted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> prediction = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(prediction.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = prediction.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double precision = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        double recall = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        if (tp + fp > 0) {
            precisionSum += precision;
            precisionPages++;
        }
        if (tp + fn > 0) {
            recallSum += recall;
            recallPages++;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
