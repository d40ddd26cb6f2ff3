package dev.storyline.nlp;

import dev.storyline.model.Sentence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sparse vector of term weights, L2-normalized, for cosine similarity between documents, clusters and sentences.
 * Terms are the lower-cased content words of sentences: stopwords, punctuation and one- or two-letter tokens are
 * left out.
 */
public final class TermVector {

    private static final Set<String> STOPWORDS = Set.of(
            "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "been", "being", "its",
            "his", "her", "their", "our", "your", "this", "these", "those", "from", "into", "onto", "but", "not",
            "also", "than", "then", "they", "them", "she", "him", "who", "whom", "whose", "which", "what", "when",
            "where", "why", "how", "all", "any", "each", "other", "some", "such", "only", "own", "same", "too", "very",
            "can", "will", "would", "could", "should", "may", "might", "must", "shall", "did", "does", "doing", "done",
            "about", "after", "before", "over", "under", "again", "further", "once", "here", "there", "more", "most",
            "said", "says", "say", "told", "added", "one", "two", "new", "just", "like", "out", "off", "because",
            "while", "during", "until", "between", "through", "against", "among", "per", "via", "yet", "both", "either",
            "neither", "nor", "whether", "upon", "within", "without", "around", "since", "even", "still",
            "already", "many", "much", "few", "less", "least", "mr", "mrs", "ms", "it's", "that's", "is", "be", "as");

    public static final TermVector EMPTY = new TermVector(Map.of());

    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** Adds the content terms of a sentence to {@code counts}. */
    private static void addTerms(Sentence sentence, Map<String, Integer> counts) {
        for (String token : sentence.tokens()) {
            String term = term(token);
            if (term != null) {
                counts.merge(term, 1, Integer::sum);
            }
        }
    }

    /** Term counts of a list of sentences. */
    public static Map<String, Integer> counts(Collection<Sentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence sentence : sentences) {
            addTerms(sentence, counts);
        }
        return counts;
    }

    /** The term a token stands for, or null when it carries no content. */
    public static String term(String token) {
        String lower = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        if (lower.length() < 3 || STOPWORDS.contains(lower)) {
            return null;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isLetterOrDigit(lower.charAt(i))) {
                return lower;
            }
        }
        return null;
    }

    /**
     * A TF-IDF vector: sublinear term frequency {@code 1 + ln(tf)} times {@code idf}, normalized to unit length.
     *
     * @param idf the inverse document frequency of a term; terms it returns 0 for are dropped
     */
    public static TermVector tfIdf(Map<String, Integer> counts, java.util.function.ToDoubleFunction<String> idf) {
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            double weight = (1 + Math.log(entry.getValue())) * idf.applyAsDouble(entry.getKey());
            if (weight > 0) {
                weights.put(entry.getKey(), weight);
            }
        }
        return normalized(weights);
    }

    /** The normalized sum of vectors: the centroid direction of a cluster. */
    public static TermVector centroid(List<TermVector> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (TermVector vector : vectors) {
            for (Map.Entry<String, Double> entry : vector.weights.entrySet()) {
                sum.merge(entry.getKey(), entry.getValue(), Double::sum);
            }
        }
        return normalized(sum);
    }

    private static TermVector normalized(Map<String, Double> weights) {
        double norm = 0;
        for (double w : weights.values()) {
            norm += w * w;
        }
        if (norm == 0) {
            return EMPTY;
        }
        double length = Math.sqrt(norm);
        weights.replaceAll((term, w) -> w / length);
        return new TermVector(weights);
    }

    /** Cosine similarity; both vectors are unit length, so this is their dot product. */
    public double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double w = large.get(entry.getKey());
            if (w != null) {
                dot += w * entry.getValue();
            }
        }
        return dot;
    }
}
