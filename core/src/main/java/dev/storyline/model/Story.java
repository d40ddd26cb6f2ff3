package dev.storyline.model;

import java.io.Serializable;
import java.util.List;

/**
 * A chain of related events.
 *
 * @param id        story id
 * @param title     a headline chosen from its documents
 * @param events    member event ids in time order
 * @param documents member document ids in time order
 * @param summary   extractive summary, each sentence citing its documents
 * @param timeline  dated entries in date order
 * @param claims    claims aligned across the story's sources
 * @param entities  the people, organisations and places of its documents, spellings merged across them
 * @param quotes    what was said, one entry per statement with the wording of each source
 */
public record Story(String id, String title, List<String> events, List<String> documents, List<CitedText> summary,
                    List<TimelineEntry> timeline, List<Claim> claims, List<StoryEntity> entities,
                    List<StoryQuote> quotes) implements Serializable {
    public Story {
        events = List.copyOf(events);
        documents = List.copyOf(documents);
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public Story(String id, String title, List<String> events, List<String> documents, List<CitedText> summary,
                 List<TimelineEntry> timeline, List<Claim> claims) {
        this(id, title, events, documents, summary, timeline, claims, List.of(), List.of());
    }

    public Story withSummary(List<CitedText> newSummary, List<TimelineEntry> newTimeline) {
        return new Story(id, title, events, documents, newSummary, newTimeline, claims, entities, quotes);
    }

    public Story withClaims(List<Claim> newClaims) {
        return new Story(id, title, events, documents, summary, timeline, newClaims, entities, quotes);
    }

    public Story withVoices(List<StoryEntity> newEntities, List<StoryQuote> newQuotes) {
        return new Story(id, title, events, documents, summary, timeline, claims, newEntities, newQuotes);
    }
}
