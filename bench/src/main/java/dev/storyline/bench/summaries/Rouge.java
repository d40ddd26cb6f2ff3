package dev.storyline.bench.summaries;

import org.tartarus.snowball.ext.PorterStemmer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE (Lin 2004) between a candidate summary and one reference: ROUGE-1 and ROUGE-2 from clipped n-gram overlap,
 * and ROUGE-L from the longest common subsequence.
 *
 * <p>Texts are tokenized the way Google's {@code rouge-score} package does with stemming on, so that numbers can be set
 * beside published ones: lower-case, every character outside {@code [a-z0-9]} becomes a space, split on whitespace, and
 * tokens longer than three characters are Porter-stemmed. The stemmer is Lucene's Snowball port of Porter's original
 * algorithm; {@code rouge-score} calls NLTK's Porter stemmer, whose default mode adds a few extensions to the original
 * (for example on "-ly" adverbs and some irregular forms), so a handful of words can stem differently.
 *
 * <p>ROUGE-L here is the sentence-level variant ({@code rougeL} in {@code rouge-score}): each text is one token
 * sequence, sentence and line boundaries ignored, not the summary-level union LCS ({@code rougeLsum}).
 *
 * <p>Precision divides the matches by the candidate's count (of n-grams or tokens), recall by the reference's, and F1
 * is their harmonic mean; each is 0 when its denominator is 0.
 */
public final class Rouge {

    /** Precision, recall and F1 of one comparison, each between 0 and 1. */
    public record Score(double precision, double recall, double f1) {
    }

    private static final int SHORTEST_STEMMED = 4;

    private Rouge() {
    }

    public static Score rouge1(String candidate, String reference) {
        return rougeN(tokens(candidate), tokens(reference), 1);
    }

    public static Score rouge2(String candidate, String reference) {
        return rougeN(tokens(candidate), tokens(reference), 2);
    }

    /** Sentence-level ROUGE-L: the whole text as one sequence. */
    public static Score rougeL(String candidate, String reference) {
        List<String> candidateTokens = tokens(candidate);
        List<String> referenceTokens = tokens(reference);
        int common = longestCommonSubsequence(candidateTokens, referenceTokens);
        return score(common, candidateTokens.size(), referenceTokens.size());
    }

    /** The tokens ROUGE compares: lower-cased alphanumeric runs, stemmed when longer than three characters. */
    public static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder cleaned = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            cleaned.append(kept ? c : ' ');
        }
        PorterStemmer stemmer = new PorterStemmer();
        List<String> tokens = new ArrayList<>();
        for (String word : cleaned.toString().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() >= SHORTEST_STEMMED) {
                stemmer.setCurrent(word);
                stemmer.stem();
                word = stemmer.getCurrent();
            }
            tokens.add(word);
        }
        return tokens;
    }

    private static Score rougeN(List<String> candidate, List<String> reference, int n) {
        Map<List<String>, Integer> candidateCounts = ngramCounts(candidate, n);
        Map<List<String>, Integer> referenceCounts = ngramCounts(reference, n);
        int matches = 0;
        for (Map.Entry<List<String>, Integer> entry : candidateCounts.entrySet()) {
            Integer inReference = referenceCounts.get(entry.getKey());
            if (inReference != null) {
                matches += Math.min(entry.getValue(), inReference);
            }
        }
        return score(matches, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    private static Map<List<String>, Integer> ngramCounts(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int start = 0; start + n <= tokens.size(); start++) {
            counts.merge(List.copyOf(tokens.subList(start, start + n)), 1, Integer::sum);
        }
        return counts;
    }

    /** Length of the longest common subsequence, by dynamic programming over two rows. */
    static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                } else {
                    current[j] = Math.max(previous[j], current[j - 1]);
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static Score score(int matches, int candidateTotal, int referenceTotal) {
        double precision = candidateTotal == 0 ? 0 : (double) matches / candidateTotal;
        double recall = referenceTotal == 0 ? 0 : (double) matches / referenceTotal;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }
}
