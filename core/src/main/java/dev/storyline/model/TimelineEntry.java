package dev.storyline.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated step of a story: what happened, in which event.
 *
 * @param date      the day it happened, as the documents date it ("on Tuesday" resolved against the publication
 *                  date), else the event's first publication date; null when neither is known
 * @param event     the event id
 * @param text      a sentence saying what happened
 * @param documents the documents that carry that sentence
 */
public record TimelineEntry(LocalDate date, String event, String text, List<String> documents) implements Serializable {
    public TimelineEntry {
        documents = List.copyOf(documents);
    }

    public TimelineEntry(LocalDate date, String event, String text) {
        this(date, event, text, List.of());
    }
}
