package dev.storyline.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term ids and document frequencies, kept online: each document counts once per distinct term at its arrival, and
 * its vectors are weighed with the IDF of that moment, {@code ln((1 + N) / (1 + df)) + 1}. Feeding the same documents
 * in the same order therefore always gives the same vectors, one at a time or as a batch.
 */
final class Vocabulary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] documentFrequency = new int[1024];
    private int documents;

    /** Counts one more document with these terms (repeats allowed). */
    void addDocument(List<String> terms) {
        documents++;
        int[] distinct = idsOf(terms);
        Arrays.sort(distinct);
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                documentFrequency[distinct[i]]++;
            }
        }
    }

    /** Term ids without counting a document, for text that belongs to a document already counted. */
    int[] idsOf(List<String> terms) {
        int[] termIds = new int[terms.size()];
        for (int i = 0; i < termIds.length; i++) {
            termIds[i] = idOf(terms.get(i));
        }
        return termIds;
    }

    double idf(int termId) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency[termId])) + 1;
    }

    private int idOf(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = ids.size();
            ids.put(term, id);
            if (id == documentFrequency.length) {
                documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
            }
        }
        return id;
    }
}
