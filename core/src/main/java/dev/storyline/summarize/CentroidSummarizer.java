package dev.storyline.summarize;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.ContentWords;
import dev.storyline.nlp.TermVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Extractive summary by centrality with a redundancy penalty (maximal marginal relevance):
 * <ol>
 *   <li>a sentence scores its cosine with the centroid of all the documents' terms, plus a bonus for the first
 *       sentences of a document (news puts the main fact first), plus a bonus per other independent source that
 *       carries the same statement (facts several sources agree on come first; copies of one text count once);</li>
 *   <li>sentences are picked greedily by score minus {@link #REDUNDANCY_WEIGHT} times their greatest similarity to a
 *       sentence already picked;</li>
 *   <li>each picked sentence cites every document with a sentence stating the same (Dice coefficient of their
 *       stems {@link #SAME_STATEMENT} or more);</li>
 *   <li>the picked sentences are put in reading order: by document date, then position.</li>
 * </ol>
 * Short sentences and sentences that open with a quotation mark are not picked.
 */
public final class CentroidSummarizer implements Summarizer {

    static final double LEAD_BONUS = 0.15;
    static final double CORROBORATION_BONUS = 0.05;
    static final double REDUNDANCY_WEIGHT = 0.7;
    static final double SAME_STATEMENT = 0.6;
    static final int MIN_TOKENS = 8;

    private record Candidate(AnalyzedDocument document, int documentRank, int position, Sentence sentence,
                             TermVector vector, Set<String> stems) {
    }

    @Override
    public List<CitedText> summarize(List<AnalyzedDocument> documents, Map<String, String> familyOf, int maxSentences) {
        List<Candidate> candidates = new ArrayList<>();
        List<Sentence> all = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            AnalyzedDocument document = documents.get(d);
            List<Sentence> sentences = document.sentences();
            for (int s = 0; s < sentences.size(); s++) {
                Sentence sentence = sentences.get(s);
                all.add(sentence);
                if (sentence.tokens().size() >= MIN_TOKENS && !startsWithQuote(sentence.text())) {
                    candidates.add(new Candidate(document, d, s, sentence, vector(sentence), ContentWords.stems(sentence)));
                }
            }
        }
        TermVector centroid = TermVector.tfIdf(TermVector.counts(all), term -> 1.0);
        Map<Candidate, Double> scores = new IdentityHashMap<>();
        List<List<String>> citing = citing(candidates);
        Map<Candidate, List<String>> citations = new IdentityHashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            List<String> cited = citing.get(c);
            citations.put(candidate, cited);
            double score = candidate.vector.cosine(centroid)
                    + (candidate.position < 2 ? LEAD_BONUS : 0)
                    + CORROBORATION_BONUS * (sources(cited, familyOf) - 1);
            scores.put(candidate, score);
        }
        List<Candidate> picked = new ArrayList<>();
        while (picked.size() < maxSentences) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate candidate : candidates) {
                if (picked.contains(candidate)) {
                    continue;
                }
                double redundancy = 0;
                for (Candidate chosen : picked) {
                    redundancy = Math.max(redundancy, candidate.vector.cosine(chosen.vector));
                }
                double value = scores.get(candidate) - REDUNDANCY_WEIGHT * redundancy;
                if (value > bestValue) {
                    best = candidate;
                    bestValue = value;
                }
            }
            if (best == null) {
                break;
            }
            picked.add(best);
        }
        picked.sort(Comparator.comparingInt(Candidate::documentRank).thenComparingInt(Candidate::position));
        List<CitedText> summary = new ArrayList<>();
        for (Candidate candidate : picked) {
            summary.add(new CitedText(candidate.sentence.text(), citations.get(candidate)));
        }
        return summary;
    }

    /**
     * For each candidate, the documents that state what it states (stem Dice >= {@link #SAME_STATEMENT}): its own
     * first, then the others in order. Pairs are found with prefix filtering, so a story of thousands of sentences is
     * not compared pair by pair: with stems ordered rarest first, two sets that reach the threshold must share a stem
     * among the first few of each, so only pairs sharing such a stem, and of sizes that allow the threshold, are
     * compared.
     */
    private static List<List<String>> citing(List<Candidate> candidates) {
        int[][] stems = rarestFirst(candidates);
        Map<Integer, List<Integer>> byPrefixStem = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            for (int k = 0; k < prefixLength(stems[c].length); k++) {
                byPrefixStem.computeIfAbsent(stems[c][k], stem -> new ArrayList<>()).add(c);
            }
        }
        List<Set<Integer>> similar = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            similar.add(new TreeSet<>());
        }
        int[] comparedWith = new int[candidates.size()];
        Arrays.fill(comparedWith, -1);
        for (int c = 0; c < candidates.size(); c++) {
            for (int k = 0; k < prefixLength(stems[c].length); k++) {
                for (int other : byPrefixStem.get(stems[c][k])) {
                    if (other <= c || comparedWith[other] == c) {
                        continue;
                    }
                    comparedWith[other] = c;
                    int smaller = Math.min(stems[c].length, stems[other].length);
                    boolean sizesAllow = 2.0 * smaller >= SAME_STATEMENT * (stems[c].length + stems[other].length);
                    if (sizesAllow && candidates.get(other).document != candidates.get(c).document
                            && dice(stems[c], stems[other]) >= SAME_STATEMENT) {
                        similar.get(c).add(other);
                        similar.get(other).add(c);
                    }
                }
            }
        }
        List<List<String>> citing = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Set<String> documents = new LinkedHashSet<>();
            documents.add(candidates.get(c).document.id());
            for (int other : similar.get(c)) {
                documents.add(candidates.get(other).document.id());
            }
            citing.add(new ArrayList<>(documents));
        }
        return citing;
    }

    /** Each candidate's stems as ids sorted from the rarest stem among the candidates to the most common. */
    private static int[][] rarestFirst(List<Candidate> candidates) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Candidate candidate : candidates) {
            for (String stem : candidate.stems) {
                frequency.merge(stem, 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(frequency.keySet());
        order.sort(Comparator.comparing((String stem) -> frequency.get(stem)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r);
        }
        int[][] stems = new int[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            int[] ids = new int[candidates.get(c).stems.size()];
            int k = 0;
            for (String stem : candidates.get(c).stems) {
                ids[k++] = rank.get(stem);
            }
            Arrays.sort(ids);
            stems[c] = ids;
        }
        return stems;
    }

    /**
     * How many of a set's rarest stems must include a shared one: a set of n stems reaches Dice t with another only
     * by sharing at least t*n/(2-t) stems, so it shares one among its first n - that + 1.
     */
    private static int prefixLength(int size) {
        int minShared = (int) Math.ceil(SAME_STATEMENT * size / (2 - SAME_STATEMENT) - 1e-9);
        return Math.max(0, size - Math.max(1, minShared) + 1);
    }

    private static double dice(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    private static int sources(List<String> documents, Map<String, String> familyOf) {
        Set<String> families = new HashSet<>();
        for (String id : documents) {
            families.add(familyOf.getOrDefault(id, id));
        }
        return families.size();
    }

    private static TermVector vector(Sentence sentence) {
        return TermVector.tfIdf(TermVector.counts(List.of(sentence)), term -> 1.0);
    }

    private static boolean startsWithQuote(String text) {
        return !text.isEmpty() && "\"“‘'«".indexOf(text.charAt(0)) >= 0;
    }
}
