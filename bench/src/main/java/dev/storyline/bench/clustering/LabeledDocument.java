package dev.storyline.bench.clustering;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A news document from an evaluation corpus together with its gold labels, so that clustering and similarity
 * experiments can run on every corpus through the same shape.
 *
 * @param id         identifier, unique within its corpus
 * @param title      the headline, or null when the corpus gives none that can be told apart from the body
 * @param paragraphs plain-text paragraphs of the body; never empty
 * @param date       publication date, or null when unknown
 * @param event      gold label of the specific event the document reports, or null when the corpus has none
 * @param story      gold label of the broader story or topic, or null when the corpus has none
 */
public record LabeledDocument(String id, String title, List<String> paragraphs, LocalDate date, String event, String story) {

    public LabeledDocument {
        Objects.requireNonNull(id, "id");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException(id + ": a document needs at least one paragraph");
        }
    }
}
