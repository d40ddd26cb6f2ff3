package dev.storyline.pipeline;

import dev.storyline.cluster.ClusterInput;
import dev.storyline.cluster.Clustering;
import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.cluster.OnlineEventClusterer;
import dev.storyline.compare.ClaimComparer;
import dev.storyline.compare.EntityMerger;
import dev.storyline.compare.QuoteAligner;
import dev.storyline.compare.SentenceClaimAligner;
import dev.storyline.dedup.Deduplicator;
import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.RecurringLineFilter;
import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.RawDocument;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.model.TimelineEntry;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import dev.storyline.nlp.TextAnalyzer;
import dev.storyline.summarize.CentroidSummarizer;
import dev.storyline.summarize.Summarizer;
import dev.storyline.summarize.Timeline;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The stages of Storyline composed: ingest, extract, analyze, dedup, cluster (events, then stories), compare and
 * summarize, ending in a {@link Report}. Each stage is given; {@link #standard(long)} builds the default set.
 *
 * <p>A document that fails in a stage before clustering is reported as skipped with the reason; the run goes on.
 */
public final class Pipeline {

    static final int STORY_SUMMARY_SENTENCES = 5;
    static final int MIN_EVENT_SUMMARY_SENTENCES = 3;
    static final int MAX_EVENT_SUMMARY_SENTENCES = 5;

    private final Ingester ingester;
    private final ArticleExtractor extractor;
    private final TextAnalyzer analyzer;
    private final Deduplicator deduplicator;
    private final ClusteringSettings clustering;
    private final ClaimComparer claimComparer;
    private final Summarizer summarizer;
    private final EntityMerger entityMerger = new EntityMerger();
    private final QuoteAligner quoteAligner = new QuoteAligner();

    public Pipeline(Ingester ingester, ArticleExtractor extractor, TextAnalyzer analyzer, Deduplicator deduplicator,
                    ClusteringSettings clustering, ClaimComparer claimComparer, Summarizer summarizer) {
        this.ingester = ingester;
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.deduplicator = deduplicator;
        this.clustering = clustering;
        this.claimComparer = claimComparer;
        this.summarizer = summarizer;
    }

    /** The default stages, with {@code maxDocumentBytes} as the size limit of one document. */
    public static Pipeline standard(long maxDocumentBytes) {
        return new Pipeline(new Ingester(maxDocumentBytes), ArticleExtractor.standard(), new OpenNlpTextAnalyzer(),
                new MinHashDeduplicator(), ClusteringSettings.DEFAULTS, new SentenceClaimAligner(), new CentroidSummarizer());
    }

    /** The default stages with the default document size limit. */
    public static Pipeline standard() {
        return standard(Ingester.DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /**
     * Analyzes every input: files, directories, or {@code -} for {@code stdin}.
     *
     * @return the report; it lists every input that yielded no document under {@link Report#skipped()}
     */
    public Report analyze(List<String> paths, InputStream stdin, ProgressListener progress) {
        List<AnalyzedDocument> documents = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        IngestSink sink = new IngestSink() {
            @Override
            public void accept(RawDocument document) {
                AnalyzedDocument analyzed = Pipeline.this.analyze(document, skipped);
                if (analyzed != null) {
                    documents.add(withUniqueId(analyzed, ids));
                }
            }

            @Override
            public void skip(SkippedInput input) {
                skipped.add(input);
            }
        };
        progress.started(ingester.countInputs(paths));
        ingester.ingest(paths, stdin, sink, progress::inputDone);
        progress.finished();
        return build(documents, skipped);
    }

    /**
     * Groups documents analyzed one at a time by {@link #analyze(RawDocument, List)} into families, events and
     * stories, with claims and summaries: the part of a run that needs the whole corpus. A store keeps each
     * document's analysis and calls this to bring its stories up to date without extracting or analyzing again.
     *
     * @param skipped inputs already skipped; documents whose whole body recurs in other articles are added to it
     */
    public Report build(List<AnalyzedDocument> documents, List<SkippedInput> skipped) {
        List<SkippedInput> allSkipped = new ArrayList<>(skipped);
        return group(withoutRecurringLines(documents, allSkipped), allSkipped);
    }

    /**
     * Applies corpus evidence, which exists only once every document is read: lines that recur across different
     * articles leave the body ({@link RecurringLineFilter}), and the documents they left are analyzed again.
     */
    private List<AnalyzedDocument> withoutRecurringLines(List<AnalyzedDocument> documents, List<SkippedInput> skipped) {
        List<Article> articles = new ArrayList<>();
        for (AnalyzedDocument document : documents) {
            articles.add(document.article());
        }
        RecurringLineFilter filter = RecurringLineFilter.learn(articles);
        List<AnalyzedDocument> result = new ArrayList<>();
        for (AnalyzedDocument document : documents) {
            Article cleaned = filter.apply(document.article());
            if (cleaned == document.article()) {
                result.add(document);
            } else if (cleaned.paragraphs().isEmpty()) {
                skipped.add(new SkippedInput(document.article().source(), "no article text found: every body line recurs in other articles"));
            } else {
                result.add(analyzer.analyze(cleaned));
            }
        }
        return result;
    }

    /** Groups already analyzed documents into families, events and stories, with claims and summaries. */
    private Report group(List<AnalyzedDocument> analyzed, List<SkippedInput> skipped) {
        List<AnalyzedDocument> documents = new ArrayList<>(analyzed);
        documents.sort(Comparator.comparing((AnalyzedDocument d) -> d.article().published(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(AnalyzedDocument::id));
        Map<String, AnalyzedDocument> byId = new HashMap<>();
        for (AnalyzedDocument document : documents) {
            byId.put(document.id(), document);
        }
        List<Family> families = deduplicator.families(documents);
        Map<String, String> familyOf = Family.byDocument(families);
        Map<String, Family> familyById = new HashMap<>();
        for (Family family : families) {
            familyById.put(family.id(), family);
        }
        Clustering clusters = cluster(documents, familyOf);
        List<Callable<Event>> eventTasks = new ArrayList<>();
        for (Event event : clusters.events()) {
            int sentences = Math.max(MIN_EVENT_SUMMARY_SENTENCES, Math.min(MAX_EVENT_SUMMARY_SENTENCES, event.documents().size()));
            eventTasks.add(() -> event.withSummary(summarizer.summarize(members(event.documents(), byId), familyOf, sentences)));
        }
        List<Event> events = inParallel(eventTasks);
        Map<String, Event> eventsById = new HashMap<>();
        for (Event event : events) {
            eventsById.put(event.id(), event);
        }
        List<Callable<Story>> storyTasks = new ArrayList<>();
        for (Story story : clusters.stories()) {
            storyTasks.add(() -> {
                List<AnalyzedDocument> members = members(story.documents(), byId);
                List<Event> storyEvents = new ArrayList<>();
                for (String eventId : story.events()) {
                    storyEvents.add(eventsById.get(eventId));
                }
                List<TimelineEntry> timeline = Timeline.of(storyEvents, byId);
                EntityMerger.Result entities = entityMerger.merge(members, story.id() + "-n");
                return story.withSummary(summarizer.summarize(members, familyOf, STORY_SUMMARY_SENTENCES), timeline)
                        .withClaims(claimComparer.claims(members, familiesOf(members, familyOf, familyById)))
                        .withVoices(entities.entities(), quoteAligner.align(members, entities));
            });
        }
        List<Story> stories = inParallel(storyTasks);
        return new Report(Instant.now(), skipped, documents, families, events, stories, clusters.explanations());
    }

    /**
     * Runs independent tasks (one event or story each) on every CPU and returns their results in task order, so the
     * report is the same as from a single thread. The summarizer and claim comparer keep no state between calls.
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
            throw new IllegalStateException("interrupted while summarizing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Events and stories over documents already in time order; a family's members always share an event. */
    private Clustering cluster(List<AnalyzedDocument> documents, Map<String, String> familyOf) {
        OnlineEventClusterer clusterer = new OnlineEventClusterer(clustering);
        for (AnalyzedDocument document : documents) {
            Article article = document.article();
            clusterer.add(new ClusterInput(article.id(), article.title(), article.paragraphs(), article.published()),
                    familyOf.get(article.id()));
        }
        return clusterer.result();
    }

    /**
     * Extracts and analyzes one document: the part of a run that needs nothing but the document.
     *
     * @return the analysis, or null when the document is skipped; the reason is then added to {@code skipped}
     */
    public AnalyzedDocument analyze(RawDocument document, List<SkippedInput> skipped) {
        try {
            Article article = extractor.extract(document);
            if (article.paragraphs().isEmpty()) {
                skipped.add(new SkippedInput(document.source(), "no article text found: all "
                        + article.removed().size() + " non-blank lines were removed as boilerplate or page furniture"));
                return null;
            }
            return analyzer.analyze(article);
        } catch (RuntimeException e) {
            skipped.add(new SkippedInput(document.source(), "could not be analyzed: " + e));
            return null;
        }
    }

    /** The document itself, or a copy with {@code ~2}, {@code ~3}... appended to an id already taken. */
    private static AnalyzedDocument withUniqueId(AnalyzedDocument document, Set<String> ids) {
        String id = document.id();
        for (int n = 2; !ids.add(id); n++) {
            id = document.id() + "~" + n;
        }
        if (id.equals(document.id())) {
            return document;
        }
        Article a = document.article();
        Article renamed = new Article(id, a.source(), a.url(), a.title(), a.outlet(), a.byline(), a.published(),
                a.paragraphs(), a.removed());
        return new AnalyzedDocument(renamed, document.sentences(), document.entities(), document.quotes(),
                document.quantities(), document.dates());
    }

    /** The families the given documents belong to, each once: what a story's claims need to count sources. */
    private static List<Family> familiesOf(List<AnalyzedDocument> documents, Map<String, String> familyOf,
                                           Map<String, Family> familyById) {
        Set<String> seen = new HashSet<>();
        List<Family> families = new ArrayList<>();
        for (AnalyzedDocument document : documents) {
            String id = familyOf.get(document.id());
            if (id != null && seen.add(id)) {
                families.add(familyById.get(id));
            }
        }
        return families;
    }

    private static List<AnalyzedDocument> members(List<String> ids, Map<String, AnalyzedDocument> byId) {
        List<AnalyzedDocument> members = new ArrayList<>();
        for (String id : ids) {
            members.add(byId.get(id));
        }
        return members;
    }
}
