package dev.storyline.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One document as the clusterer sees it: TF-IDF sub-vectors for the headline, the lead (the first
 * {@value Vectorizer#LEAD_TERMS} body terms), the whole body, headline and body together, and the name tokens, plus the date and an optional
 * embedding. Each sub-vector is compared on its own, so that a shared headline and a shared cast of names count
 * separately from shared vocabulary.
 */
record DocumentVectors(String id, String title, String lead, LocalDate published, SparseVector titleTerms,
                       SparseVector leadTerms, SparseVector bodyTerms, SparseVector allTerms, SparseVector names,
                       float[] embedding) implements Serializable {

    /** Dated documents by date, undated ones last; a stable sort keeps arrival order among equals. */
    static final Comparator<DocumentVectors> IN_TIME_ORDER =
            Comparator.comparing(DocumentVectors::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    /** The same document dated by the day it tells of, for a document published without a date. */
    DocumentVectors withPublished(LocalDate date) {
        return new DocumentVectors(id, title, lead, date, titleTerms, leadTerms, bodyTerms, allTerms, names, embedding);
    }
}

