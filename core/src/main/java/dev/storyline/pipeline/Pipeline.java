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

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stages of Storyline composed: ingest, extract, analyze, dedup, cluster (events, then stories), compare and
 * summarize, ending in a {@link Report}. Each stage is given; {@link #standard(long)} builds the default set.
 *
 * <p>A document that fails in a stage before clustering is reported as skipped with the reason; the run goes on.
 */
public final class Pipeline {

    private final Ingester ingester;
    private final ArticleExtractor extractor;
    private final TextAnalyzer analyzer;
    private final Deduplicator deduplicator;
    private final ClusteringSettings clustering;
    private final StoryComposer composer;

    public Pipeline(Ingester ingester, ArticleExtractor extractor, TextAnalyzer analyzer, Deduplicator deduplicator,
                    ClusteringSettings clustering, ClaimComparer claimComparer, Summarizer summarizer) {
        this.ingester = ingester;
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.deduplicator = deduplicator;
        this.clustering = clustering;
        this.composer = new StoryComposer(summarizer, claimComparer, new EntityMerger(), new QuoteAligner());
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
     * @return the analysis, or null when the document is skipped (running out of memory on it included); the reason
     *         is then added to {@code skipped}
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
