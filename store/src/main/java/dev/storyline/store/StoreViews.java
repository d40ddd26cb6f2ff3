package dev.storyline.store;

import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Quote;
import dev.storyline.model.Story;
import dev.storyline.model.StoryQuote;
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
     * @param sources  how many families of copies it has: its independent sources
     * @param disputed how many of its claims are disputed
     * @param first    the earliest publication date of its documents, or null when none is dated
     * @param last     the latest publication date of its documents, or null
     * @param activity its documents over time, for a sparkline; null when none is dated
     */
    public record StoryListing(String id, String title, int documents, int events, int sources, int disputed,
                               LocalDate first, LocalDate last, Activity activity) {
    }

    /**
     * A story's documents per period, all outlets together: the numbers of a sparkline. The period is a day, or a
     * week or month for a long story, as in the coverage chart.
     *
     * @param unit   "day", "week" or "month"
     * @param start  the first day of the first period
     * @param counts the documents of each period, from the first document's to the last's
     */
    public record Activity(String unit, LocalDate start, List<Integer> counts) {
        public Activity {
            counts = List.copyOf(counts);
        }
    }

    /**
     * One page of the story list.
     *
     * @param total how many stories match the query, over all pages
     */
    public record StoryList(int total, int offset, int limit, String sort, List<StoryListing> stories) {
        public StoryList {
            stories = List.copyOf(stories);
        }
    }

    /** An outlet of the stored stories: its documents and the stories they belong to. */
    public record OutletListing(String outlet, int documents, int stories) {
    }

    /**
     * Everything the page of one person, organisation or place shows, across the stories that name it.
     *
     * @param name       its name as most stories give it
     * @param aliases    the other spellings the stories use
     * @param storyCount how many stories name it; {@code stories} holds at most the limit asked for
     * @param stories    the stories that name it, earliest first
     * @param quoteCount how many quotes it is the speaker of; {@code quotes} holds at most the limit asked for
     * @param quotes     what it said, in time order
     */
    public record EntityPage(String name, EntityType type, List<String> aliases, int storyCount, List<StoryListing> stories,
                             int quoteCount, List<SpokenQuote> quotes) {
        public EntityPage {
            aliases = List.copyOf(aliases);
            stories = List.copyOf(stories);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * A quote of a story, with its story and the day it was first reported.
     *
     * @param date the earliest publication date of the documents carrying it, or null when none is dated
     */
    public record SpokenQuote(String story, String storyTitle, LocalDate date, StoryQuote quote) {
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
