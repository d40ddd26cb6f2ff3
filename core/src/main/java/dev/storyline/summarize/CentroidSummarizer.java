package dev.storyline.summarize;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.ContentWords;
import dev.storyline.nlp.TermVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Map<Candidate, List<String>> citations = new IdentityHashMap<>();
        for (Candidate candidate : candidates) {
            List<String> cited = citing(candidate, candidates);
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

    /** The documents that state what {@code candidate} states: its own first, then the others in order. */
    private static List<String> citing(Candidate candidate, List<Candidate> candidates) {
        Set<String> documents = new LinkedHashSet<>();
        documents.add(candidate.document.id());
        for (Candidate other : candidates) {
            if (other.document != candidate.document
                    && ContentWords.dice(candidate.stems, other.stems) >= SAME_STATEMENT) {
                documents.add(other.document.id());
            }
        }
        return new ArrayList<>(documents);
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
