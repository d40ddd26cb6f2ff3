package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/** Builds {@link DocumentVectors} and keeps the online IDF they are weighed with. Not thread-safe. */
final class Vectorizer {

    static final int LEAD_TERMS = 40;

    private final TermAnalyzer analyzer = new TermAnalyzer();
    private final Vocabulary vocabulary = new Vocabulary();

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Vectors of a document that arrives now: it is counted into the IDF first. */
    DocumentVectors vectorize(ClusterInput input) {
        return vectorize(input, true);
    }

    /** Counts a document into the IDF without making its vectors. */
    void count(ClusterInput input) {
        vectorize(input, true);
    }

    /** Vectors of a document already counted, weighed with the IDF as it stands. */
    DocumentVectors vectorizeCounted(ClusterInput input) {
        return vectorize(input, false);
    }

    private DocumentVectors vectorize(ClusterInput input, boolean count) {
        String title = input.title() == null ? "" : input.title();
        TermAnalyzer.Terms titleTerms = analyzer.analyze(title);
        List<String> bodyStems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String paragraph : input.paragraphs()) {
            TermAnalyzer.Terms terms = analyzer.analyze(paragraph);
            bodyStems.addAll(terms.stems());
            names.addAll(terms.names());
        }
        List<String> text = new ArrayList<>(titleTerms.stems());
        text.addAll(bodyStems);
        List<String> all = new ArrayList<>(text);
        all.addAll(names);
        if (count) {
            vocabulary.addDocument(all);
        }
        List<String> lead = bodyStems.subList(0, Math.min(LEAD_TERMS, bodyStems.size()));
        return new DocumentVectors(input.id(), input.title(), firstSentence(input.paragraphs()), input.published(),
                vector(titleTerms.stems()), vector(lead), vector(bodyStems), vector(text), vector(names), input.embedding());
    }

    private SparseVector vector(List<String> terms) {
        return SparseVector.tfIdf(vocabulary.idsOf(terms), vocabulary);
    }

    private static String firstSentence(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            String text = paragraph.strip();
            if (!text.isEmpty()) {
                int end = text.indexOf(". ");
                return end > 0 ? text.substring(0, end + 1) : text;
            }
        }
        return "";
    }
}
