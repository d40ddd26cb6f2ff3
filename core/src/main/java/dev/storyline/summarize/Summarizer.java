package dev.storyline.summarize;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;

import java.util.List;
import java.util.Map;

/**
 * The summarize stage: a short extractive summary of a group of documents, every sentence citing its sources.
 * The pipeline calls it for several events and stories at once, so implementations keep no state between calls.
 */
public interface Summarizer {

    /**
     * At most {@code maxSentences} sentences taken from {@code documents}, in reading order.
     *
     * @param familyOf the near-duplicate family of each document id, so that copies of one text count as one source;
     *                 a document missing from it is a source of its own
     */
    List<CitedText> summarize(List<AnalyzedDocument> documents, Map<String, String> familyOf, int maxSentences);

    /** As {@link #summarize(List, Map, int)} with every document a source of its own. */
    default List<CitedText> summarize(List<AnalyzedDocument> documents, int maxSentences) {
        return summarize(documents, Map.of(), maxSentences);
    }
}
