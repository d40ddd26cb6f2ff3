package dev.storyline.store;

import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Quote;
import dev.storyline.model.Story;
import dev.storyline.pipeline.CorpusBuilder.BuildStatistics;

import java.time.LocalDate;
import java.util.List;

/** What the store answers with: the records behind the HTTP API, serialized with {@link StoreJson}. */
public final class StoreViews {

    private StoreViews() {
    }

    /**
     * One line of the story list.
     *
     * @param disputed how many of its claims are disputed
     */
    public record StoryListing(String id, String title, int documents, int events, int sources, int disputed,
                               LocalDate first, LocalDate last) {
    }

    /** A document as a story page lists it, with the family, event and story it belongs to. */
    public record DocumentListing(String id, String title, String outlet, LocalDate published, String url,
                                  String family, String event, String story) {
    }

    /** Everything a story page shows: the story (summary, timeline, quotes, claims), its events, documents and families. */
    public record StoryPage(Story story, List<Event> events, List<DocumentListing> documents, List<Family> families) {
    }

    /** One document: its clean text and what was removed and why, where it belongs, what it names and quotes. */
    public record DocumentPage(DocumentListing listing, Article article, List<Entity> entities, List<Quote> quotes) {
    }

    /** A search result: the matching documents, best first, and the stories they belong to in the same order. */
    public record SearchResult(String query, List<DocumentListing> documents, List<StoryListing> stories) {
    }

    /**
     * What one ingest call did: documents added, replaced because their bytes changed, left alone, and skipped.
     *
     * @param build what bringing the stories up to date took, or null when no document changed
     */
    public record IngestSummary(int added, int updated, int unchanged, int skipped, List<String> skippedReasons,
                                BuildStatistics build) {
    }
}
