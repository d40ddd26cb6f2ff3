package dev.storyline.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the clusterer reads of a document.
 *
 * @param id         document id
 * @param title      headline, or null
 * @param paragraphs body paragraphs
 * @param published  publication date, or null when unknown
 * @param embedding  a unit-length sentence embedding of the document, or null to cluster on words alone
 */
public record ClusterInput(String id, String title, List<String> paragraphs, LocalDate published, float[] embedding)
        implements Serializable {
    public ClusterInput {
        paragraphs = List.copyOf(paragraphs);
    }

    public ClusterInput(String id, String title, List<String> paragraphs, LocalDate published) {
        this(id, title, paragraphs, published, null);
    }
}
