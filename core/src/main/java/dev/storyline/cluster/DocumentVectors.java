package dev.storyline.cluster;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.nlp.TermVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of the documents of one analysis: the body's content terms plus the headline's counted twice, as
 * headlines name the happening. IDF is {@code ln((1 + N) / (1 + df)) + 1} over the documents given.
 */
final class DocumentVectors {

    private DocumentVectors() {
    }

    static Map<String, TermVector> of(List<AnalyzedDocument> documents) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (AnalyzedDocument document : documents) {
            Map<String, Integer> terms = TermVector.counts(document.sentences());
            String title = document.article().title();
            if (title != null) {
                for (String token : title.split("[^\\p{L}\\p{N}'’-]+")) {
                    String term = TermVector.term(token);
                    if (term != null) {
                        terms.merge(term, 2, Integer::sum);
                    }
                }
            }
            counts.add(terms);
            for (String term : terms.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        int n = documents.size();
        Map<String, TermVector> vectors = new HashMap<>();
        for (int i = 0; i < n; i++) {
            vectors.put(documents.get(i).id(), TermVector.tfIdf(counts.get(i),
                    term -> Math.log((1.0 + n) / (1.0 + documentFrequency.getOrDefault(term, 0))) + 1));
        }
        return vectors;
    }
}
