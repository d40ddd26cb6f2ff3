package dev.storyline.pipeline;

import dev.storyline.compare.ClaimComparer;
import dev.storyline.compare.EntityMerger;
import dev.storyline.compare.QuoteAligner;
import dev.storyline.compare.SentenceClaimAligner;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Story;
import dev.storyline.model.TimelineEntry;
import dev.storyline.summarize.CentroidSummarizer;
import dev.storyline.summarize.Summarizer;
import dev.storyline.summarize.Timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes what a reader sees of an event or a story from its member documents alone: the event's summary, and the
 * story's summary, timeline, claims, entities and who-said-what. It needs nothing of the rest of the corpus, so the
 * events and stories of a corpus can be composed in any order, on any machine. Keeps no state between calls.
 */
public final class StoryComposer {

    static final int STORY_SUMMARY_SENTENCES = 5;
    static final int MIN_EVENT_SUMMARY_SENTENCES = 3;
    static final int MAX_EVENT_SUMMARY_SENTENCES = 5;

    /**
     * The most documents a story's summary and claims are drawn from. Both compare sentences across documents through
     * indexes with bounded candidates, so their cost grows with the story, not its square (a 10,000-document story
     * composes in seconds even without this sample); the sample keeps the time of one story bounded all the same, and
     * past this many documents a reader of five summary sentences and a list of claims misses nothing a sample of a
     * thousand articles, spread over every event, does not already say. Entities, quotes and the timeline still cover
     * every document.
     */
    static final int MAX_COMPARED_DOCUMENTS = 1_000;

    /** Between a story's id and the number of one of its entities. */
    static final String ENTITY_ID_SEPARATOR = "-n";

    private final Summarizer summarizer;
    private final ClaimComparer claimComparer;
    private final EntityMerger entityMerger;
    private final QuoteAligner quoteAligner;

    StoryComposer(Summarizer summarizer, ClaimComparer claimComparer, EntityMerger entityMerger, QuoteAligner quoteAligner) {
        this.summarizer = summarizer;
        this.claimComparer = claimComparer;
        this.entityMerger = entityMerger;
        this.quoteAligner = quoteAligner;
    }

    /** The composer of the default pipeline ({@link Pipeline#standard()}). */
    public static StoryComposer standard() {
        return new StoryComposer(new CentroidSummarizer(), new SentenceClaimAligner(), new EntityMerger(), new QuoteAligner());
    }

    /**
     * The event with its summary.
     *
     * @param members  the event's documents, in its order
     * @param familyOf the family id of each member (copies of one article are cited once)
     */
    public Event summarize(Event event, List<AnalyzedDocument> members, Map<String, String> familyOf) {
        int sentences = Math.max(MIN_EVENT_SUMMARY_SENTENCES, Math.min(MAX_EVENT_SUMMARY_SENTENCES, event.documents().size()));
        return event.withSummary(summarizer.summarize(members, familyOf, sentences));
    }

    /**
     * The story with its summary, timeline, claims, entities and quotes.
     *
     * @param events   the story's events, summarized, in its order
     * @param members  the story's documents by id
     * @param families the families of the story's documents (claims count a family as one source)
     */
    public Story compose(Story story, List<Event> events, Map<String, AnalyzedDocument> members, List<Family> families) {
        List<AnalyzedDocument> documents = new ArrayList<>();
        for (String id : story.documents()) {
            documents.add(members.get(id));
        }
        Map<String, Family> familyOfDocument = new HashMap<>();
        for (Family family : families) {
            for (String id : family.documents()) {
                familyOfDocument.put(id, family);
            }
        }
        List<AnalyzedDocument> compared = documents.size() > MAX_COMPARED_DOCUMENTS ? sample(events, members) : documents;
        Map<String, Family> storyFamilies = new LinkedHashMap<>();
        for (AnalyzedDocument document : compared) {
            Family family = familyOfDocument.get(document.id());
            if (family != null) {
                storyFamilies.putIfAbsent(family.id(), family);
            }
        }
        List<TimelineEntry> timeline = Timeline.of(events, members);
        EntityMerger.Result entities = entityMerger.merge(documents, story.id() + ENTITY_ID_SEPARATOR);
        return story.withSummary(summarizer.summarize(compared, Family.byDocument(families), STORY_SUMMARY_SENTENCES), timeline)
                .withClaims(claimComparer.claims(compared, List.copyOf(storyFamilies.values())))
                .withVoices(entities.entities(), quoteAligner.align(documents, entities));
    }

    /**
     * {@link #MAX_COMPARED_DOCUMENTS} documents of a larger story, taken from its events in turn (the first of each
     * event, then the second of each, and so on), so that every event is heard; in the story's event order.
     */
    static List<AnalyzedDocument> sample(List<Event> events, Map<String, AnalyzedDocument> members) {
        List<List<AnalyzedDocument>> taken = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            taken.add(new ArrayList<>());
        }
        int count = 0;
        for (int round = 0; count < MAX_COMPARED_DOCUMENTS; round++) {
            boolean any = false;
            for (int e = 0; e < events.size() && count < MAX_COMPARED_DOCUMENTS; e++) {
                List<String> ids = events.get(e).documents();
                if (round < ids.size()) {
                    taken.get(e).add(members.get(ids.get(round)));
                    count++;
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        List<AnalyzedDocument> sample = new ArrayList<>();
        taken.forEach(sample::addAll);
        return sample;
    }
}
