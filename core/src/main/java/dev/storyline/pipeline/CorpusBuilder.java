package dev.storyline.pipeline;

import dev.storyline.cluster.ClusterInput;
import dev.storyline.cluster.Clustering;
import dev.storyline.cluster.OnlineEventClusterer;
import dev.storyline.dedup.Deduplicator;
import dev.storyline.extract.RecurringLineFilter;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.model.StoryEntity;
import dev.storyline.model.StoryQuote;
import dev.storyline.model.TimelineEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The corpus-wide stages over documents analyzed one at a time: recurring lines, families, events and stories, with
 * claims and summaries. It keeps its state between builds, so that a corpus that grows pays for what changed:
 *
 * <ul>
 *   <li>Recurring lines are learned incrementally, and only documents holding a line that started or stopped
 *   recurring are cleaned again; one is analyzed again only when its cleaned text changed.</li>
 *   <li>Dedup and event clustering are online. Documents that sort after every document already grouped (by
 *   publication date, then id) are only added to them, and stories are linked again only from the first event new
 *   documents can still reach. When a new document sorts earlier, when recurring lines change the text of a grouped
 *   document, or when a new document joins two families, grouping starts again from the latest checkpoint before the
 *   first document concerned ({@link GroupingCheckpoints}, kept by a {@linkplain #growing growing} builder at day
 *   boundaries), or from the first document without one: the online stages depend on arrival order. The grouping
 *   state and its checkpoints can be saved and resumed by another process.</li>
 *   <li>An event is summarized, and a story composed, only when its documents, their families or their analyses
 *   changed; otherwise the last build's is kept, found by its documents and renamed when the numbering moved.</li>
 * </ul>
 *
 * <p>Whatever path a build takes, its report equals that of one batch over the same documents: {@link
 * Pipeline#build} is this builder used once. Not thread-safe.
 */
public final class CorpusBuilder {


    /** The order the cluster stage takes documents in ({@link OnlineEventClusterer#timeOrder}), then by id. */
    private static Comparator<AnalyzedDocument> inTimeOrder() {
        return OnlineEventClusterer.<AnalyzedDocument>timeOrder(d -> d.article().published(), d -> d.article().paragraphs())
                .thenComparing(AnalyzedDocument::id);
    }

    /** What a grouping state may hold: the cluster stage's own classes and the JDK's collections, numbers and dates. */
    private static final ObjectInputFilter GROUPING_STATE_CLASSES =
            ObjectInputFilter.Config.createFilter("dev.storyline.cluster.*;java.util.*;java.lang.*;java.time.*;!*");

    private final Pipeline pipeline;
    private final Map<String, AnalyzedDocument> documents = new TreeMap<>();
    private final Set<String> changed = new HashSet<>();

    private RecurringLineFilter recurringLines;
    private Deduplicator.Families families;
    private OnlineEventClusterer clusterer;
    private final List<AnalyzedDocument> grouped = new ArrayList<>();
    private final Map<String, String> groupedFamily = new HashMap<>();

    private Map<String, AnalyzedDocument> lastDocuments = Map.of();
    private Map<String, Family> lastFamilyOfDocument = Map.of();
    private Map<List<String>, Event> lastEventByDocuments = Map.of();
    private Map<String, Event> lastEvents = Map.of();
    private Map<List<String>, Story> lastStoryByDocuments = Map.of();
    private final boolean keepsCheckpoints;
    private final GroupingCheckpoints checkpoints = new GroupingCheckpoints();
    private BuildStatistics statistics = new BuildStatistics(0, 0, false, 0, 0, 0, 0, 0);

    /**
     * What the last build did: how many documents it grouped (all of them when it started grouping again from the
     * first, {@code regroupedAll}), how many events and stories it composed anew rather than kept, and the memory its
     * grouping checkpoints take.
     */
    public record BuildStatistics(int documents, int documentsGrouped, boolean regroupedAll, int eventsComposed,
                                  int events, int storiesComposed, int stories, long checkpointBytes) {
    }

    /** Where a build starts grouping: the position in time order, and whether nothing before it was kept. */
    private record Start(int position, boolean fromScratch) {
    }

    /** A builder for one batch: it keeps no checkpoints, since no document will arrive after the build. */
    public CorpusBuilder(Pipeline pipeline) {
        this(pipeline, false);
    }

    private CorpusBuilder(Pipeline pipeline, boolean keepsCheckpoints) {
        this.pipeline = pipeline;
        this.keepsCheckpoints = keepsCheckpoints;
    }

    /**
     * A builder for a corpus that keeps growing: it also keeps checkpoints of the grouping at day boundaries
     * ({@link GroupingCheckpoints}), so that a document dated among those grouped restarts grouping from the boundary
     * before its date.
     */
    public static CorpusBuilder growing(Pipeline pipeline) {
        return new CorpusBuilder(pipeline, true);
    }

    /** Adds a document as {@link Pipeline#analyze(dev.storyline.model.RawDocument, List)} gave it, or replaces the one with its id. */
    public void put(AnalyzedDocument document) {
        documents.put(document.id(), document);
        changed.add(document.id());
    }

    /**
     * Takes {@code built} as the last build of the documents put so far, except {@code changedSince}, which were put
     * after it: a store that reopens hands back what it wrote, so the next build composes only what changed. Its
     * documents are the analyses after recurring lines were removed. Grouping starts again at the next build, unless
     * {@link #resumeGrouping} resumes it.
     */
    public void restore(Report built, Set<String> changedSince) {
        remember(built);
        changed.clear();
        changed.addAll(changedSince);
    }

    /**
     * Writes the grouping state of the last build: the documents grouped, in order, and the event clusterer, so that
     * another process that {@linkplain #restore restores} that build can {@linkplain #resumeGrouping resume} it
     * instead of grouping every document again. Writes nothing and returns false before the first build.
     */
    public boolean saveGrouping(OutputStream out) throws IOException {
        if (clusterer == null) {
            return false;
        }
        ObjectOutputStream objects = new ObjectOutputStream(out);
        ArrayList<String> ids = new ArrayList<>();
        for (AnalyzedDocument document : grouped) {
            ids.add(document.id());
        }
        objects.writeObject(ids);
        clusterer.write(objects);
        checkpoints.write(objects);
        objects.flush();
        return true;
    }

    /**
     * Resumes grouping from what {@link #saveGrouping} wrote after the build given to {@link #restore}: the event
     * clusterer is read, and the near-duplicate index, which is cheap, is rebuilt from the documents.
     *
     * @return false, and grouping starts again at the next build, when the state does not fit the restored build or
     *         was written by other clustering code or settings
     */
    public boolean resumeGrouping(InputStream in) throws IOException {
        ObjectInputStream objects = new ObjectInputStream(in);
        objects.setObjectInputFilter(GROUPING_STATE_CLASSES);
        try {
            List<AnalyzedDocument> resumed = new ArrayList<>();
            for (Object id : (List<?>) objects.readObject()) {
                AnalyzedDocument document = lastDocuments.get(id);
                if (document == null) {
                    return false;
                }
                resumed.add(document);
            }
            Optional<OnlineEventClusterer> read = OnlineEventClusterer.read(objects, pipeline.clustering());
            if (read.isEmpty()) {
                return false;
            }
            startGrouping();
            clusterer = read.get();
            checkpoints.read(objects);
            families.addAll(resumed);
            grouped.addAll(resumed);
            for (AnalyzedDocument document : resumed) {
                groupedFamily.put(document.id(), families.earliestMember(document.id()));
            }
            return true;
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a grouping state of this Storyline: " + e.getMessage(), e);
        }
    }

    /** The statistics of the last {@link #build}. */
    public BuildStatistics statistics() {
        return statistics;
    }

    /** Whether the last build removed recurring lines from the document, so that its analysis is not the one put. */
    public boolean isCleaned(String id) {
        AnalyzedDocument built = lastDocuments.get(id);
        return built != null && built != documents.get(id);
    }

    /**
     * Builds families, events and stories over every document put.
     *
     * @param skipped inputs already skipped; documents whose whole body recurs in other articles are added to it
     */
    public Report build(List<SkippedInput> skipped) {
        List<SkippedInput> allSkipped = new ArrayList<>(skipped);
        Set<String> dirty = new HashSet<>(changed);
        List<AnalyzedDocument> sorted = withoutRecurringLines(allSkipped, dirty);
        sorted.sort(inTimeOrder());
        Map<String, AnalyzedDocument> byId = new HashMap<>();
        for (AnalyzedDocument document : sorted) {
            byId.put(document.id(), document);
        }
        Start start = rewind(sorted);
        List<Family> familyList = families.families();
        Clustering clusters = cluster(sorted);
        FamilyIndex familyIndex = new FamilyIndex(familyList);
        Composed<Event> events = events(clusters.events(), byId, familyIndex, dirty);
        Composed<Story> stories = stories(clusters.stories(), byId, events.results(), familyIndex, dirty);

        Report report = new Report(Instant.now(), allSkipped, sorted, familyList, events.results(), stories.results(),
                clusters.explanations(), clusters.storyExplanations());
        remember(report);
        changed.clear();
        statistics = new BuildStatistics(sorted.size(), sorted.size() - start.position(), start.fromScratch(),
                events.composed(), events.results().size(), stories.composed(), stories.results().size(), checkpoints.bytes());
        return report;
    }

    /** The families of a build, looked up by document and by id. */
    private record FamilyIndex(Map<String, String> idOf, Map<String, Family> byId, Map<String, Family> ofDocument) {
        FamilyIndex(List<Family> families) {
            this(Family.byDocument(families), new HashMap<>(), new HashMap<>());
            for (Family family : families) {
                byId.put(family.id(), family);
                for (String id : family.documents()) {
                    ofDocument.put(id, family);
                }
            }
        }
    }

    /** Results in order, and how many of them were computed anew rather than kept from the last build. */
    private record Composed<T>(List<T> results, int composed) {
    }

    /** Events with their summaries: the last build's summary when the event holds the same, unchanged documents. */
    private Composed<Event> events(List<Event> skeletons, Map<String, AnalyzedDocument> byId, FamilyIndex families, Set<String> dirty) {
        List<Callable<Event>> tasks = new ArrayList<>();
        int composed = 0;
        for (Event event : skeletons) {
            Event last = lastEventByDocuments.get(event.documents());
            if (last != null && Objects.equals(last.title(), event.title()) && Objects.equals(last.date(), event.date())
                    && unchanged(event.documents(), dirty, families.ofDocument())) {
                tasks.add(() -> last.id().equals(event.id()) ? last : event.withSummary(last.summary()));
            } else {
                composed++;
                tasks.add(() -> pipeline.composer().summarize(event, members(event.documents(), byId), families.idOf()));
            }
        }
        return new Composed<>(inParallel(tasks), composed);
    }

    /** Stories composed: the last build's, renamed, when the story holds the same events and unchanged documents. */
    private Composed<Story> stories(List<Story> skeletons, Map<String, AnalyzedDocument> byId, List<Event> events,
                                    FamilyIndex families, Set<String> dirty) {
        Map<String, Event> eventsById = new HashMap<>();
        for (Event event : events) {
            eventsById.put(event.id(), event);
        }
        List<Callable<Story>> tasks = new ArrayList<>();
        int composed = 0;
        for (Story story : skeletons) {
            Story last = lastStoryByDocuments.get(story.documents());
            Map<String, String> eventIds = last == null ? null : sameEvents(last, story, eventsById);
            if (eventIds != null && Objects.equals(last.title(), story.title()) && unchanged(story.documents(), dirty, families.ofDocument())) {
                tasks.add(() -> renamed(last, story, eventIds));
            } else {
                composed++;
                tasks.add(() -> compose(story, byId, eventsById, families));
            }
        }
        return new Composed<>(inParallel(tasks), composed);
    }

    private void remember(Report built) {
        lastDocuments = new HashMap<>();
        for (AnalyzedDocument document : built.documents()) {
            lastDocuments.put(document.id(), document);
        }
        lastFamilyOfDocument = new HashMap<>();
        for (Family family : built.families()) {
            for (String id : family.documents()) {
                lastFamilyOfDocument.put(id, family);
            }
        }
        lastEvents = new HashMap<>();
        lastEventByDocuments = new HashMap<>();
        for (Event event : built.events()) {
            lastEvents.put(event.id(), event);
            lastEventByDocuments.put(event.documents(), event);
        }
        lastStoryByDocuments = new HashMap<>();
        for (Story story : built.stories()) {
            lastStoryByDocuments.put(story.documents(), story);
        }
    }

    /**
     * Applies corpus evidence, which exists only once every document is read: lines that recur across different
     * articles leave the body ({@link RecurringLineFilter}), and the documents they left are analyzed again, unless the
     * last build cleaned them to the same text. The filter learns from the documents put since the last build, and
     * only the documents it names as affected are cleaned again. Documents whose analysis is not the last build's are
     * added to {@code dirty}.
     */
    private List<AnalyzedDocument> withoutRecurringLines(List<SkippedInput> skipped, Set<String> dirty) {
        Set<String> affected;
        if (recurringLines == null) {
            recurringLines = new RecurringLineFilter();
            affected = recurringLines.add(articles(documents.keySet()));
        } else {
            affected = recurringLines.add(articles(changed));
        }
        List<AnalyzedDocument> result = new ArrayList<>();
        for (AnalyzedDocument document : documents.values()) {
            AnalyzedDocument last = lastDocuments.get(document.id());
            AnalyzedDocument built;
            if (!affected.contains(document.id())) {
                built = last;
            } else {
                Article cleaned = recurringLines.apply(document.article());
                if (cleaned == document.article()) {
                    built = document;
                } else if (cleaned.paragraphs().isEmpty()) {
                    built = null;
                } else if (last != null && !changed.contains(document.id()) && last.article().equals(cleaned)) {
                    built = last;
                } else {
                    built = pipeline.analyzer().analyze(cleaned);
                }
            }
            if (built == null) {
                skipped.add(new SkippedInput(document.article().source(), "no article text found: every body line recurs in other articles"));
                continue;
            }
            if (built != last) {
                dirty.add(document.id());
            }
            result.add(built);
        }
        return result;
    }

    private List<Article> articles(Set<String> ids) {
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            articles.add(documents.get(id).article());
        }
        return articles;
    }

    /**
     * Brings the families and the event clusterer to the state a batch has before the document at the returned
     * position of {@code sorted}, and adds every document of {@code sorted} to the families. Grouping goes on from
     * where the last build stopped when the documents it grouped are, unchanged, the first of {@code sorted} and no
     * new document joined two of their families; otherwise from the latest checkpoint before the first document that
     * differs (or whose family changed), or from the first document when there is none.
     */
    private Start rewind(List<AnalyzedDocument> sorted) {
        int same = families == null ? -1 : samePrefix(sorted);
        if (same == grouped.size()) {
            addAll(families, sorted, same);
            int changed = firstChangedFamily(families, same);
            if (changed < 0) {
                return new Start(same, false);
            }
            same = changed;
        }
        while (true) {
            GroupingCheckpoints.Checkpoint checkpoint = same < 0 ? null : checkpoints.atOrBefore(same);
            int start = checkpoint == null ? 0 : checkpoint.position();
            Deduplicator.Families kept = families == null ? pipeline.deduplicator().start() : families.prefix(start);
            addAll(kept, sorted, start);
            int changed = firstChangedFamily(kept, start);
            if (changed >= 0) {
                same = changed;
                continue;
            }
            clusterer = checkpoint == null ? new OnlineEventClusterer(pipeline.clustering())
                    : OnlineEventClusterer.restore(checkpoint.clusterer(), clusterer);
            families = kept;
            List<AnalyzedDocument> regrouped = grouped.subList(start, grouped.size());
            for (AnalyzedDocument document : regrouped) {
                groupedFamily.remove(document.id());
            }
            regrouped.clear();
            checkpoints.dropAfter(start);
            return new Start(start, checkpoint == null);
        }
    }

    /** How many of the documents grouped so far are, unchanged, the first of {@code sorted}. */
    private int samePrefix(List<AnalyzedDocument> sorted) {
        int same = 0;
        while (same < Math.min(grouped.size(), sorted.size()) && grouped.get(same) == sorted.get(same)) {
            same++;
        }
        return same;
    }

    private static void addAll(Deduplicator.Families families, List<AnalyzedDocument> sorted, int from) {
        families.addAll(sorted.subList(from, sorted.size()));
    }

    /** The first of the first {@code limit} documents grouped whose family now has another earliest member, or -1. */
    private int firstChangedFamily(Deduplicator.Families families, int limit) {
        for (int i = 0; i < limit; i++) {
            String id = grouped.get(i).id();
            if (!families.earliestMember(id).equals(groupedFamily.get(id))) {
                return i;
            }
        }
        return -1;
    }

    private void startGrouping() {
        families = pipeline.deduplicator().start();
        clusterer = new OnlineEventClusterer(pipeline.clustering());
        grouped.clear();
        groupedFamily.clear();
    }

    /**
     * Adds the documents of {@code sorted} not grouped yet to the event clusterer, in time order; a family's members
     * always share an event. A growing corpus's builder takes checkpoints at the day boundaries it keeps.
     */
    private Clustering cluster(List<AnalyzedDocument> sorted) {
        LocalDate latest = latestDate(sorted);
        for (int i = grouped.size(); i < sorted.size(); i++) {
            Article article = sorted.get(i).article();
            if (keepsCheckpoints && i > 0 && latest != null && !checkpoints.has(i)) {
                LocalDate before = sorted.get(i - 1).article().published();
                if (GroupingCheckpoints.wanted(before, article.published(), latest)) {
                    checkpoints.add(new GroupingCheckpoints.Checkpoint(i, before, article.published(), clusterer.checkpoint()));
                }
            }
            String family = families.earliestMember(article.id());
            clusterer.add(new ClusterInput(article.id(), article.title(), article.paragraphs(), article.published()), family);
            grouped.add(sorted.get(i));
            groupedFamily.put(article.id(), family);
        }
        if (latest != null) {
            checkpoints.retain(latest);
        }
        return clusterer.result();
    }

    /** The latest publication date among documents in time order: the last dated one's. */
    private static LocalDate latestDate(List<AnalyzedDocument> sorted) {
        for (int i = sorted.size() - 1; i >= 0; i--) {
            LocalDate published = sorted.get(i).article().published();
            if (published != null) {
                return published;
            }
        }
        return null;
    }

    private Story compose(Story story, Map<String, AnalyzedDocument> byId, Map<String, Event> eventsById, FamilyIndex families) {
        Map<String, AnalyzedDocument> members = new HashMap<>();
        for (String id : story.documents()) {
            members.put(id, byId.get(id));
        }
        List<Event> storyEvents = new ArrayList<>();
        for (String eventId : story.events()) {
            storyEvents.add(eventsById.get(eventId));
        }
        return pipeline.composer().compose(story, storyEvents, members, familiesOf(story.documents(), families));
    }

    /**
     * The new id of each of the last story's events, when its events hold the same documents, in the same order, with
     * the same titles, dates and summaries as the new story's; otherwise null.
     */
    private Map<String, String> sameEvents(Story last, Story story, Map<String, Event> eventsById) {
        if (last.events().size() != story.events().size()) {
            return null;
        }
        Map<String, String> newIds = new HashMap<>();
        for (int i = 0; i < story.events().size(); i++) {
            Event before = lastEvents.get(last.events().get(i));
            Event now = eventsById.get(story.events().get(i));
            if (before == null || !before.documents().equals(now.documents()) || !Objects.equals(before.title(), now.title())
                    || !Objects.equals(before.date(), now.date()) || !before.summary().equals(now.summary())) {
                return null;
            }
            newIds.put(before.id(), now.id());
        }
        return newIds;
    }

    /**
     * Whether no document changed its analysis since the last build, and each one's family is the same but for its
     * id: members, canonical copy and alignments. Family ids are numbers in time order and move when an earlier
     * family arrives; summaries and claims depend only on which documents are copies of which.
     */
    private boolean unchanged(List<String> ids, Set<String> dirty, Map<String, Family> familyOfDocument) {
        for (String id : ids) {
            Family before = lastFamilyOfDocument.get(id);
            Family now = familyOfDocument.get(id);
            if (dirty.contains(id) || before == null || !before.documents().equals(now.documents())
                    || !before.canonical().equals(now.canonical()) || !before.copies().equals(now.copies())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last build's story under the ids of this build: its own id, which also prefixes its entity ids, and the ids
     * of its events, which its timeline cites. Nothing else in a composed story depends on ids that move.
     */
    private static Story renamed(Story last, Story story, Map<String, String> eventIds) {
        if (last.id().equals(story.id()) && last.events().equals(story.events())) {
            return last;
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (TimelineEntry entry : last.timeline()) {
            timeline.add(new TimelineEntry(entry.date(), eventIds.get(entry.event()), entry.text(), entry.documents()));
        }
        List<StoryEntity> entities = new ArrayList<>();
        for (StoryEntity entity : last.entities()) {
            entities.add(new StoryEntity(entityId(entity.id(), last.id(), story.id()), entity.name(), entity.type(),
                    entity.aliases(), entity.documents()));
        }
        List<StoryQuote> quotes = new ArrayList<>();
        for (StoryQuote quote : last.quotes()) {
            quotes.add(new StoryQuote(entityId(quote.speakerId(), last.id(), story.id()), quote.speaker(), quote.anonymous(),
                    quote.kind(), quote.variants()));
        }
        return new Story(story.id(), last.title(), story.events(), last.documents(), last.summary(), timeline,
                last.claims(), entities, quotes);
    }

    private static String entityId(String id, String oldStory, String newStory) {
        String prefix = oldStory + StoryComposer.ENTITY_ID_SEPARATOR;
        return id != null && id.startsWith(prefix) ? newStory + StoryComposer.ENTITY_ID_SEPARATOR + id.substring(prefix.length()) : id;
    }

    /** The families the given documents belong to, each once. */
    private static List<Family> familiesOf(List<String> documents, FamilyIndex families) {
        Set<String> seen = new HashSet<>();
        List<Family> result = new ArrayList<>();
        for (String document : documents) {
            String id = families.idOf().get(document);
            if (id != null && seen.add(id)) {
                result.add(families.byId().get(id));
            }
        }
        return result;
    }

    private static List<AnalyzedDocument> members(List<String> ids, Map<String, AnalyzedDocument> byId) {
        List<AnalyzedDocument> members = new ArrayList<>();
        for (String id : ids) {
            members.add(byId.get(id));
        }
        return members;
    }

    /**
     * Runs independent tasks (one document, event or story each) on every CPU and returns their results in task
     * order, so the report is the same as from a single thread. The stages called keep no state between calls.
     */
    private static <T> List<T> inParallel(List<Callable<T>> tasks) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, tasks.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building stories", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
