package dev.storyline.bench.clustering;

import dev.storyline.nlp.TermVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference Storyline has to beat: TF-IDF cosine over the words of title and body (sublinear tf, smoothed IDF over
 * the documents clustered), grouped by average-linkage agglomerative clustering and cut at one global similarity
 * threshold.
 *
 * <p>Average linkage never merges at a higher similarity than an earlier merge, so one run records the whole
 * dendrogram, and {@link #cut} gives the clusters at any threshold without clustering again.
 */
final class AverageLinkBaseline {

    private final List<String> ids = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();
    private final List<Double> heights = new ArrayList<>();

    AverageLinkBaseline(List<LabeledDocument> documents) {
        for (LabeledDocument document : documents) {
            ids.add(document.id());
        }
        float[][] similarity = cosines(vectors(documents));
        agglomerate(similarity);
    }

    /** Cluster label of every document when merges at or above {@code threshold} are kept. */
    Map<String, String> cut(double threshold) {
        int n = ids.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < merges.size() && heights.get(m) >= threshold; m++) {
            parent[find(parent, merges.get(m)[1])] = find(parent, merges.get(m)[0]);
        }
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < n; i++) {
            labels.put(ids.get(i), "c" + find(parent, i));
        }
        return labels;
    }

    /** TF-IDF cosine of two texts, with IDF over the given collection of texts. */
    static double[] pairCosines(List<LabeledDocument> firsts, List<LabeledDocument> seconds) {
        List<LabeledDocument> all = new ArrayList<>(firsts);
        all.addAll(seconds);
        List<TermVector> vectors = vectors(all);
        double[] cosines = new double[firsts.size()];
        for (int i = 0; i < firsts.size(); i++) {
            cosines[i] = vectors.get(i).cosine(vectors.get(firsts.size() + i));
        }
        return cosines;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void agglomerate(float[][] similarity) {
        int n = similarity.length;
        int[] size = new int[n];
        boolean[] active = new boolean[n];
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            active[i] = true;
        }
        for (int i = 0; i < n; i++) {
            best[i] = bestPartner(similarity, active, i);
        }
        for (int step = 0; step < n - 1; step++) {
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (active[i] && best[i] >= 0 && (a < 0 || similarity[i][best[i]] > similarity[a][best[a]])) {
                    a = i;
                }
            }
            if (a < 0) {
                break;
            }
            int b = best[a];
            merges.add(new int[]{a, b});
            heights.add((double) similarity[a][b]);
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a && k != b) {
                    float merged = (size[a] * similarity[a][k] + size[b] * similarity[b][k]) / (size[a] + size[b]);
                    similarity[a][k] = merged;
                    similarity[k][a] = merged;
                }
            }
            size[a] += size[b];
            active[b] = false;
            for (int i = 0; i < n; i++) {
                if (active[i] && (i == a || best[i] == a || best[i] == b)) {
                    best[i] = bestPartner(similarity, active, i);
                } else if (active[i] && best[i] >= 0 && similarity[i][a] > similarity[i][best[i]]) {
                    best[i] = a;
                }
            }
        }
    }

    private static int bestPartner(float[][] similarity, boolean[] active, int i) {
        int best = -1;
        for (int k = 0; k < similarity.length; k++) {
            if (k != i && active[k] && (best < 0 || similarity[i][k] > similarity[i][best])) {
                best = k;
            }
        }
        return best;
    }

    private static float[][] cosines(List<TermVector> vectors) {
        int n = vectors.size();
        float[][] similarity = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float cosine = (float) vectors.get(i).cosine(vectors.get(j));
                similarity[i][j] = cosine;
                similarity[j][i] = cosine;
            }
        }
        return similarity;
    }

    /** Sublinear TF-IDF vectors over every word of title and body, IDF smoothed over the documents given. */
    private static List<TermVector> vectors(List<LabeledDocument> documents) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (LabeledDocument document : documents) {
            Map<String, Integer> terms = new HashMap<>();
            String text = (document.title() == null ? "" : document.title()) + "\n" + String.join("\n", document.paragraphs());
            for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!token.isEmpty()) {
                    terms.merge(token, 1, Integer::sum);
                }
            }
            counts.add(terms);
            for (String term : terms.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        int n = documents.size();
        List<TermVector> vectors = new ArrayList<>();
        for (Map<String, Integer> terms : counts) {
            vectors.add(TermVector.tfIdf(terms, term -> Math.log((1.0 + n) / (1.0 + documentFrequency.get(term))) + 1));
        }
        return vectors;
    }
}
