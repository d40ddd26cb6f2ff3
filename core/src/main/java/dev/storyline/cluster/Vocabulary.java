package dev.storyline.cluster;

import java.io.Serializable;
import java.util.ArrayList;
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

    private final Map<String, Integer> ids;
    /** The terms by id, so that a rewound vocabulary can forget the terms first seen after its point. */
    private final List<String> terms;
    private int[] documentFrequency;
    private int documents;

    Vocabulary() {
        this(new HashMap<>(), new ArrayList<>(), new int[1024], 0);
    }

    private Vocabulary(Map<String, Integer> ids, List<String> terms, int[] documentFrequency, int documents) {
        this.ids = ids;
        this.terms = terms;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** The number of distinct terms seen. */
    int size() {
        return terms.size();
    }

    /**
     * This vocabulary as it was when it had {@code size} terms and {@code documentCount} documents, the documents
     * counted since being given by their distinct term ids. This one is left unchanged.
     */
    Vocabulary rewound(int size, int documentCount, List<int[]> distinctTermsCountedSince) {
        Map<String, Integer> keptIds = new HashMap<>(ids);
        for (String term : terms.subList(size, terms.size())) {
            keptIds.remove(term);
        }
        int[] frequency = Arrays.copyOf(documentFrequency, Math.max(1024, documentFrequency.length));
        for (int[] distinct : distinctTermsCountedSince) {
            for (int term : distinct) {
                frequency[term]--;
            }
        }
        Arrays.fill(frequency, size, frequency.length, 0);
        return new Vocabulary(keptIds, new ArrayList<>(terms.subList(0, size)), frequency, documentCount);
    }

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
            terms.add(term);
            if (id == documentFrequency.length) {
                documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
            }
        }
        return id;
    }
}
