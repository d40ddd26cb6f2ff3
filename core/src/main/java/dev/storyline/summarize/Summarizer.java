package dev.storyline.summarize;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;

import java.util.List;

/** The summarize stage: a short extractive summary of a group of documents, every sentence citing its sources. */
public interface Summarizer {

    /** At most {@code maxSentences} sentences taken from {@code documents}, in reading order. */
    List<CitedText> summarize(List<AnalyzedDocument> documents, int maxSentences);
}
