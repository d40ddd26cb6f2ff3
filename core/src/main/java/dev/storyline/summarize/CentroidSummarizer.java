package dev.storyline.summarize;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.ContentWords;
import dev.storyline.nlp.TermVector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extractive summary by centrality with a redundancy penalty (maximal marginal relevance):
 * <ol>
 *   <li>a sentence scores its cosine with the centroid of all the documents' terms, plus a bonus for the first
 *       sentences of a document (news puts the main fact first), plus a bonus per other independent source that
 *       carries the same statement (facts several sources agree on come first; copies of one text count once), counted
 *       up to {@link #MAX_CORROBORATING_SOURCES} sources;</li>
 *   <li>sentences are picked greedily by score minus {@link #REDUNDANCY_WEIGHT} times their greatest similarity to a
 *       sentence already picked;</li>
 *   <li>each picked sentence cites every document with a sentence stating the same (Dice coefficient of their
 *       stems {@link #SAME_STATEMENT} or more);</li>
 *   <li>the picked sentences are put in reading order: by document date, then position.</li>
 * </ol>
 * Short sentences and sentences that open with a quotation mark are not picked.
 *
 * <p>The work grows with the number of sentences, not with its square: sentences that state the same are found
 * through an index of their rarest stems ({@link StatementIndex}), and the corroboration of a sentence stops being
 * counted once it reaches {@link #MAX_CORROBORATING_SOURCES} sources, so that thousands of reports repeating one lead
 * are not compared with each other.
 */
public final class CentroidSummarizer implements Summarizer {

    static final double LEAD_BONUS = 0.15;
    static final double CORROBORATION_BONUS = 0.05;
    static final double REDUNDANCY_WEIGHT = 0.7;
    static final double SAME_STATEMENT = 0.6;
    static final int MIN_TOKENS = 8;

    /**
     * The most independent sources counted for a sentence's corroboration bonus. At this many the bonus
     * ({@link #CORROBORATION_BONUS} each) already outweighs any difference of centrality, so counting further only
     * orders facts "twenty sources agree" against "two hundred agree", which a reader of five sentences does not miss;
     * and counting every source of a lead that thousands of reports repeat is what made large stories quadratic. The
     * citations of a picked sentence are never capped.
     */
    static final int MAX_CORROBORATING_SOURCES = 20;

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
        List<Set<String>> stems = new ArrayList<>();
        List<Object> documentOf = new ArrayList<>();
        for (Candidate candidate : candidates) {
            stems.add(candidate.stems);
            documentOf.add(candidate.document);
        }
        StatementIndex index = new StatementIndex(stems, documentOf, SAME_STATEMENT);
        double[] scores = new double[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            int sources = corroboratingSources(c, candidates, index, familyOf);
            scores[c] = candidate.vector.cosine(centroid)
                    + (candidate.position < 2 ? LEAD_BONUS : 0)
                    + CORROBORATION_BONUS * (sources - 1);
        }
        List<Integer> picked = new ArrayList<>();
        boolean[] taken = new boolean[candidates.size()];
        while (picked.size() < maxSentences) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < candidates.size(); c++) {
                if (taken[c]) {
                    continue;
                }
                double redundancy = 0;
                for (int chosen : picked) {
                    redundancy = Math.max(redundancy, candidates.get(c).vector.cosine(candidates.get(chosen).vector));
                }
                double value = scores[c] - REDUNDANCY_WEIGHT * redundancy;
                if (value > bestValue) {
                    best = c;
                    bestValue = value;
                }
            }
            if (best < 0) {
                break;
            }
            picked.add(best);
            taken[best] = true;
        }
        picked.sort(Comparator.comparingInt((Integer c) -> candidates.get(c).documentRank)
                .thenComparingInt(c -> candidates.get(c).position));
        List<CitedText> summary = new ArrayList<>();
        for (int c : picked) {
            summary.add(new CitedText(candidates.get(c).sentence.text(), citing(c, candidates, index)));
        }
        return summary;
    }

    /**
     * The independent sources (families) that state what candidate {@code c} states, its own included, counted up to
     * {@link #MAX_CORROBORATING_SOURCES}.
     */
    private static int corroboratingSources(int c, List<Candidate> candidates, StatementIndex index,
                                            Map<String, String> familyOf) {
        Set<String> families = new HashSet<>();
        families.add(familyOf.getOrDefault(candidates.get(c).document.id(), candidates.get(c).document.id()));
        index.forEachSame(c, true, other -> {
            String id = candidates.get(other).document.id();
            families.add(familyOf.getOrDefault(id, id));
            return families.size() < MAX_CORROBORATING_SOURCES;
        });
        return families.size();
    }

    /** The documents that state what candidate {@code c} states: its own first, then the others in order. */
    private static List<String> citing(int c, List<Candidate> candidates, StatementIndex index) {
        List<Integer> same = new ArrayList<>();
        index.forEachSame(c, false, other -> {
            same.add(other);
            return true;
        });
        Collections.sort(same);
        Set<String> documents = new LinkedHashSet<>();
        documents.add(candidates.get(c).document.id());
        for (int other : same) {
            documents.add(candidates.get(other).document.id());
        }
        return new ArrayList<>(documents);
    }

    private static TermVector vector(Sentence sentence) {
        return TermVector.tfIdf(TermVector.counts(List.of(sentence)), term -> 1.0);
    }

    private static boolean startsWithQuote(String text) {
        return !text.isEmpty() && "\"“‘'«".indexOf(text.charAt(0)) >= 0;
    }
}
