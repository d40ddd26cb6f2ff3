package dev.storyline.pipeline;

import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.compare.ClaimComparer;
import dev.storyline.compare.EntityMerger;
import dev.storyline.compare.QuoteAligner;
import dev.storyline.compare.SentenceClaimAligner;
import dev.storyline.dedup.Deduplicator;
import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.RawDocument;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import dev.storyline.nlp.TextAnalyzer;
import dev.storyline.summarize.CentroidSummarizer;
import dev.storyline.summarize.Summarizer;
import dev.storyline.util.Deadline;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stages of Storyline composed: ingest, extract, analyze, dedup, cluster (events, then stories), compare and
 * summarize, ending in a {@link Report}. Each stage is given; {@link #standard(long)} builds the default set.
 *
 * <p>A document that fails in a stage before clustering is reported as skipped with the reason; the run goes on. So is
 * a document whose extraction and analysis take longer than the {@linkplain #documentBudget() time budget per
 * document}: the stages check a {@link Deadline} at every line, paragraph and sentence and stop once it has passed.
 */
public final class Pipeline {

    /**
     * The default time budget of one document's extraction and analysis: 120 seconds. The largest document the
     * default size limit lets in (10 MB of text) takes about 20 s of one core's time, and took about a minute of wall
     * clock on a shared two-core machine under a load of 8 ({@code storyline bench document-size}); twice that leaves
     * room for a slower or busier machine, so a document within the size limit is not skipped for time on a healthy
     * machine, while a pathological one cannot hold a run or the server's ingest queue for more than two minutes.
     */
    public static final Duration DEFAULT_DOCUMENT_BUDGET = Duration.ofSeconds(120);

    private final Ingester ingester;
    private final ArticleExtractor extractor;
    private final TextAnalyzer analyzer;
    private final Deduplicator deduplicator;
    private final ClusteringSettings clustering;
    private final StoryComposer composer;
    private final Duration documentBudget;

    /** The given stages, with the {@linkplain #DEFAULT_DOCUMENT_BUDGET default time budget} per document. */
    public Pipeline(Ingester ingester, ArticleExtractor extractor, TextAnalyzer analyzer, Deduplicator deduplicator,
                    ClusteringSettings clustering, ClaimComparer claimComparer, Summarizer summarizer) {
        this(ingester, extractor, analyzer, deduplicator, clustering,
                new StoryComposer(summarizer, claimComparer, new EntityMerger(), new QuoteAligner()), DEFAULT_DOCUMENT_BUDGET);
    }

    private Pipeline(Ingester ingester, ArticleExtractor extractor, TextAnalyzer analyzer, Deduplicator deduplicator,
                     ClusteringSettings clustering, StoryComposer composer, Duration documentBudget) {
        this.ingester = ingester;
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.deduplicator = deduplicator;
        this.clustering = clustering;
        this.composer = composer;
        this.documentBudget = documentBudget == null || documentBudget.isNegative() ? Duration.ZERO : documentBudget;
    }

    /**
     * These stages with another time budget for one document's extraction and analysis; zero (or negative) for no
     * budget. A document over it is skipped with {@link Deadline.Exceeded#reason(Duration)} as the reason.
     */
    public Pipeline withDocumentBudget(Duration budget) {
        return new Pipeline(ingester, extractor, analyzer, deduplicator, clustering, composer, budget);
    }

    /** The time budget of one document's extraction and analysis; zero for none. */
    public Duration documentBudget() {
        return documentBudget;
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
        IngestSink sink = IngestSink.of(document -> {
            AnalyzedDocument analyzed = analyze(document, skipped);
            if (analyzed != null) {
                documents.add(withUniqueId(analyzed, ids));
            }
        }, skipped::add);
        progress.started(ingester.countInputs(paths));
        ingester.ingest(paths, stdin, sink, progress::inputDone);
        progress.finished();
        return build(documents, skipped);
    }

    /**
     * Groups documents analyzed one at a time by {@link #analyze(RawDocument, List)} into families, events and
     * stories, with claims and summaries: the part of a run that needs the whole corpus. A growing corpus keeps a
     * {@link CorpusBuilder} instead, which gives the same report for the same documents.
     *
     * @param skipped inputs already skipped; documents whose whole body recurs in other articles are added to it
     */
    public Report build(List<AnalyzedDocument> documents, List<SkippedInput> skipped) {
        CorpusBuilder builder = new CorpusBuilder(this);
        for (AnalyzedDocument document : documents) {
            builder.put(document);
        }
        return builder.build(skipped);
    }

    /**
     * Extracts and analyzes one document: the part of a run that needs nothing but the document.
     *
     * <p>The {@linkplain #documentBudget() time budget} starts here; the stages stop soon after it has passed.
     *
     * @return the analysis, or null when the document is skipped (running out of memory on it or time included); the
     *         reason is then added to {@code skipped}
     */
    public AnalyzedDocument analyze(RawDocument document, List<SkippedInput> skipped) {
        Deadline deadline = Deadline.after(documentBudget);
        try {
            Article article = extractor.extract(document, deadline);
            if (article.paragraphs().isEmpty()) {
                skipped.add(new SkippedInput(document.source(), "no article text found: all "
                        + article.removed().size() + " non-blank lines were removed as boilerplate or page furniture"));
                return null;
            }
            return analyzer.analyze(article, deadline);
        } catch (Deadline.Exceeded e) {
            skipped.add(new SkippedInput(document.source(), e.reason()));
            return null;
        } catch (RuntimeException e) {
            skipped.add(new SkippedInput(document.source(), "could not be analyzed: " + e));
            return null;
        } catch (OutOfMemoryError e) {
            // What this document allocated is garbage once the stack unwinds: the other documents go on.
            skipped.add(new SkippedInput(document.source(), "ran out of memory while analyzing it (the JVM's heap, "
                    + "-Xmx, is too small for this document); the other documents are analyzed"));
            return null;
        }
    }

    /** The document itself, or a copy with {@code ~2}, {@code ~3}... appended to an id already taken. */
    private static AnalyzedDocument withUniqueId(AnalyzedDocument document, Set<String> ids) {
        String id = document.id();
        for (int n = 2; !ids.add(id); n++) {
            id = document.id() + "~" + n;
        }
        return id.equals(document.id()) ? document : withId(document, id);
    }

    /**
     * The document under another id: how a repeated id is told apart ({@code ~2}, {@code ~3}... appended in reading
     * order), here or on another engine.
     */
    public static AnalyzedDocument withId(AnalyzedDocument document, String id) {
        Article a = document.article();
        Article renamed = new Article(id, a.source(), a.url(), a.title(), a.outlet(), a.byline(), a.published(),
                a.paragraphs(), a.removed(), a.chosenBy());
        return new AnalyzedDocument(renamed, document.sentences(), document.entities(), document.quotes(),
                document.quantities(), document.dates());
    }

    TextAnalyzer analyzer() {
        return analyzer;
    }

    Deduplicator deduplicator() {
        return deduplicator;
    }

    ClusteringSettings clustering() {
        return clustering;
    }

    StoryComposer composer() {
        return composer;
    }
}
