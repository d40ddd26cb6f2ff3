package dev.storyline.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One happening, reported by one or more documents.
 *
 * @param id        event id
 * @param title     a headline chosen from its documents
 * @param date      the earliest date of its documents: publication dates and, for an undated document, the day its
 *                  text tells of when that can be read; null when none is known
 * @param documents member document ids in time order
 * @param summary   extractive summary, each sentence citing its documents
 */
public record Event(String id, String title, LocalDate date, List<String> documents, List<CitedText> summary) implements Serializable {
    public Event {
        documents = List.copyOf(documents);
        summary = List.copyOf(summary);
    }

    public Event withSummary(List<CitedText> newSummary) {
        return new Event(id, title, date, documents, newSummary);
    }
}
