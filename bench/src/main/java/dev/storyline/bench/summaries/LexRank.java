package dev.storyline.bench.summaries;

import dev.storyline.model.Sentence;
import dev.storyline.nlp.TermVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * LexRank (Erkan &amp; Radev 2004), the graph-centrality baseline for extractive multi-document summaries: a sentence is
 * central when many other sentences of the cluster resemble it.
 *
 * <ol>
 *   <li>Every sentence becomes a TF-IDF vector of its content terms ({@link TermVector#term}, the same terms Storyline's
 *       summarizer uses, so the comparison is between algorithms, not tokenizers). Term frequency is the raw count;
 *       IDF is {@code ln(N / df)} over the N sentences of the cluster, so a term in every sentence weighs nothing.</li>
 *   <li>Two sentences are linked when their cosine exceeds {@value #LINK_THRESHOLD}; a sentence with any terms is
 *       linked to itself, as in the paper's similarity matrix. Each sentence spreads its score evenly over its links
 *       (a sentence with no links over all sentences).</li>
 *   <li>Scores are the stationary distribution of that walk with a random jump: with probability {@value #DAMPING} the
 *       walk follows a link, otherwise it jumps to any sentence. This is the paper's "degree-based" (thresholded)
 *       LexRank; its d = 0.15 is the jump probability, 1 - {@value #DAMPING} here. Power iteration stops when the
 *       scores move less than {@value #TOLERANCE} in total.</li>
 *   <li>Sentences are taken by decreasing score, skipping one whose cosine with a sentence already taken exceeds
 *       {@value #REDUNDANCY}, until the words taken reach the budget.</li>
 * </ol>
 */
public final class LexRank {

    static final double LINK_THRESHOLD = 0.1;
    static final double DAMPING = 0.85;
    static final double REDUNDANCY = 0.5;
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 1000;

    private LexRank() {
    }

    /**
     * The sentences LexRank picks for a summary of about {@code wordBudget} words, in their input order. The last
     * sentence picked usually passes the budget; cutting it is up to the caller. Fewer words come back only when the
     * sentences run out.
     *
     * @param sentences the sentences of every document of the cluster, in reading order
     */
    public static List<Sentence> summarize(List<Sentence> sentences, int wordBudget) {
        List<List<String>> terms = new ArrayList<>();
        for (Sentence sentence : sentences) {
            terms.add(terms(sentence));
        }
        List<Map<String, Double>> vectors = vectors(terms);
        double[] scores = stationary(vectors);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> picked = new ArrayList<>();
        int words = 0;
        for (int candidate : order) {
            if (words >= wordBudget) {
                break;
            }
            if (redundant(candidate, picked, vectors)) {
                continue;
            }
            picked.add(candidate);
            words += wordCount(sentences.get(candidate).text());
        }
        picked.sort(Comparator.naturalOrder());
        List<Sentence> summary = new ArrayList<>();
        for (int index : picked) {
            summary.add(sentences.get(index));
        }
        return summary;
    }

    /** LexRank scores of sentences given as their content terms; the scores sum to 1. */
    static double[] scores(List<List<String>> sentenceTerms) {
        return stationary(vectors(sentenceTerms));
    }

    private static double[] stationary(List<Map<String, Double>> vectors) {
        int n = vectors.size();
        double[][] transition = new double[n][n];
        for (int i = 0; i < n; i++) {
            int degree = 0;
            for (int j = 0; j < n; j++) {
                if (linked(vectors, i, j)) {
                    transition[i][j] = 1;
                    degree++;
                }
            }
            for (int j = 0; j < n; j++) {
                transition[i][j] = degree == 0 ? 1.0 / n : transition[i][j] / degree;
            }
        }
        double[] scores = new double[n];
        Arrays.fill(scores, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                double incoming = 0;
                for (int i = 0; i < n; i++) {
                    incoming += scores[i] * transition[i][j];
                }
                next[j] = (1 - DAMPING) / n + DAMPING * incoming;
            }
            double change = 0;
            for (int j = 0; j < n; j++) {
                change += Math.abs(next[j] - scores[j]);
            }
            scores = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        return scores;
    }

    private static boolean linked(List<Map<String, Double>> vectors, int i, int j) {
        if (i == j) {
            return !vectors.get(i).isEmpty();
        }
        return cosine(vectors.get(i), vectors.get(j)) > LINK_THRESHOLD;
    }

    private static boolean redundant(int candidate, List<Integer> picked, List<Map<String, Double>> vectors) {
        for (int chosen : picked) {
            if (cosine(vectors.get(candidate), vectors.get(chosen)) > REDUNDANCY) {
                return true;
            }
        }
        return false;
    }

    /** Unit-length TF-IDF vectors, IDF over the given sentences; a sentence whose terms all weigh 0 gets an empty one. */
    private static List<Map<String, Double>> vectors(List<List<String>> sentenceTerms) {
        Map<String, Integer> sentenceFrequency = new HashMap<>();
        for (List<String> terms : sentenceTerms) {
            for (String term : new HashSet<>(terms)) {
                sentenceFrequency.merge(term, 1, Integer::sum);
            }
        }
        int n = sentenceTerms.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (List<String> terms : sentenceTerms) {
            Map<String, Integer> counts = new HashMap<>();
            for (String term : terms) {
                counts.merge(term, 1, Integer::sum);
            }
            Map<String, Double> vector = new HashMap<>();
            double squares = 0;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                double weight = entry.getValue() * Math.log((double) n / sentenceFrequency.get(entry.getKey()));
                if (weight > 0) {
                    vector.put(entry.getKey(), weight);
                    squares += weight * weight;
                }
            }
            double length = Math.sqrt(squares);
            vector.replaceAll((term, weight) -> weight / length);
            vectors.add(vector);
        }
        return vectors;
    }

    /** Cosine of two unit-length vectors. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double weight = large.get(entry.getKey());
            if (weight != null) {
                dot += weight * entry.getValue();
            }
        }
        return dot;
    }

    private static List<String> terms(Sentence sentence) {
        List<String> terms = new ArrayList<>();
        for (String token : sentence.tokens()) {
            String term = TermVector.term(token);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The number of whitespace-separated words: the unit of the word budget. */
    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
