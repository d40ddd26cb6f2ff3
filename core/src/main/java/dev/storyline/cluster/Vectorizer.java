package dev.storyline.cluster;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds {@link DocumentVectors} and keeps the online IDF they are weighed with. Not thread-safe. */
final class Vectorizer implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int LEAD_TERMS = 40;

    /** Holds a Lucene token stream, which is not serializable; a restored vectorizer makes a new one. */
    private transient TermAnalyzer analyzer = new TermAnalyzer();
    private final Vocabulary vocabulary;

    Vectorizer() {
        this(new Vocabulary());
    }

    private Vectorizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The number of distinct terms seen. */
    int vocabularySize() {
        return vocabulary.size();
    }

    /**
     * This vectorizer as it was when it had seen {@code vocabularySize} terms, before the documents {@code since}
     * (vectorized by this one, in order) were counted. This one is left unchanged.
     */
    Vectorizer rewound(int vocabularySize, int documentCount, List<DocumentVectors> since) {
        List<int[]> counted = new ArrayList<>();
        for (DocumentVectors document : since) {
            counted.add(distinctTerms(document));
        }
        return new Vectorizer(vocabulary.rewound(vocabularySize, documentCount, counted));
    }

    /** The distinct terms a document was counted with: those of its headline and body, and its names. */
    private static int[] distinctTerms(DocumentVectors document) {
        int[] text = document.allTerms().terms;
        int[] names = document.names().terms;
        int[] union = new int[text.length + names.length];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < text.length || j < names.length) {
            int next = j >= names.length || i < text.length && text[i] <= names[j] ? text[i] : names[j];
            union[size++] = next;
            while (i < text.length && text[i] == next) {
                i++;
            }
            while (j < names.length && names[j] == next) {
                j++;
            }
        }
        return Arrays.copyOf(union, size);
    }

    /** A document's terms: headline stems, body stems and name tokens. */
    private record Terms(List<String> title, List<String> body, List<String> names) {
        List<String> text() {
            List<String> text = new ArrayList<>(title);
            text.addAll(body);
            return text;
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        analyzer = new TermAnalyzer();
    }

    /** Vectors of a document that arrives now: it is counted into the IDF first. */
    DocumentVectors vectorize(ClusterInput input) {
        Terms terms = terms(input);
        count(terms);
        return vectors(input, terms);
    }

    /** Counts a document into the IDF without making its vectors. */
    void count(ClusterInput input) {
        count(terms(input));
    }

    /** Vectors of a document already counted, weighed with the IDF as it stands. */
    DocumentVectors vectorizeCounted(ClusterInput input) {
        return vectors(input, terms(input));
    }

    private Terms terms(ClusterInput input) {
        List<String> title = analyzer.analyze(input.title() == null ? "" : input.title()).stems();
        List<String> body = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String paragraph : input.paragraphs()) {
            TermAnalyzer.Terms terms = analyzer.analyze(paragraph);
            body.addAll(terms.stems());
            names.addAll(terms.names());
        }
        return new Terms(title, body, names);
    }

    private void count(Terms terms) {
        List<String> all = terms.text();
        all.addAll(terms.names());
        vocabulary.addDocument(all);
    }

    private DocumentVectors vectors(ClusterInput input, Terms terms) {
        List<String> lead = terms.body().subList(0, Math.min(LEAD_TERMS, terms.body().size()));
        return new DocumentVectors(input.id(), input.title(), firstSentence(input.paragraphs()), input.published(),
                vector(terms.title()), vector(lead), vector(terms.body()), vector(terms.text()), vector(terms.names()),
                input.embedding());
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
