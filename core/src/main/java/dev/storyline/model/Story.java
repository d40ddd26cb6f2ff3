package dev.storyline.model;

import java.util.List;

/**
 * A chain of related events.
 *
 * @param id        story id
 * @param title     a headline chosen from its documents
 * @param events    member event ids in time order
 * @param documents member document ids in time order
 * @param summary   extractive summary, each sentence citing its documents
 * @param timeline  one dated entry per event
 * @param claims    claims aligned across the story's sources
 */
public record Story(String id, String title, List<String> events, List<String> documents, List<CitedText> summary,
                    List<TimelineEntry> timeline, List<Claim> claims) {
    public Story {
        events = List.copyOf(events);
        documents = List.copyOf(documents);
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
        claims = List.copyOf(claims);
    }

    public Story withSummary(List<CitedText> newSummary, List<TimelineEntry> newTimeline) {
        return new Story(id, title, events, documents, newSummary, newTimeline, claims);
    }

    public Story withClaims(List<Claim> newClaims) {
        return new Story(id, title, events, documents, summary, timeline, newClaims);
    }
}
