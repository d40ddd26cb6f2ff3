package dev.storyline.bench;

import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.cluster.OnlineEventClusterer;
import dev.storyline.cluster.ClusterInput;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Family;
import dev.storyline.model.RawDocument;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times each stage of the pipeline on one thread over a corpus: ingest, extract, analyze, dedup, events, stories.
 * Runs warm-up passes first, because the JIT keeps speeding the code up over the first passes.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Throughput of each pipeline stage on one thread over a corpus (documents/s, MB/s).")
final class PipelineBenchmark implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "PATH", defaultValue = "examples/corpus",
            description = "Corpus to run on: files or a directory (default: ${DEFAULT-VALUE}).")
    List<String> data;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up passes (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "5", description = "Measured passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    private record Timing(String stage, long nanos) {
    }

    @Override
    public Integer call() {
        List<RawDocument> raw = new ArrayList<>();
        new Ingester().ingest(data, System.in, IngestSink.of(raw::add,
                skipped -> System.err.println("skipped " + skipped.source() + ": " + skipped.reason())));
        if (raw.isEmpty()) {
            System.err.println("no documents in " + data);
            return 1;
        }
        long bytes = 0;
        for (RawDocument document : raw) {
            bytes += document.content().length;
        }
        for (int i = 0; i < warmup; i++) {
            runOnce(raw);
        }
        long[] totals = new long[5];
        String[] stages = {"extract", "analyze", "dedup", "cluster"};
        for (int i = 0; i < passes; i++) {
            List<Timing> timings = runOnce(raw);
            for (int s = 0; s < stages.length; s++) {
                totals[s] += timings.get(s).nanos;
            }
        }
        long all = 0;
        for (long t : totals) {
            all += t;
        }
        double docs = raw.size();
        double mb = bytes / 1e6;
        if (json) {
            StringBuilder line = new StringBuilder("{\"benchmark\":\"pipeline\",\"documents\":").append(raw.size())
                    .append(",\"bytes\":").append(bytes).append(",\"passes\":").append(passes);
            for (int s = 0; s < stages.length; s++) {
                line.append(",\"").append(stages[s]).append("DocsPerSecond\":").append(format(docs * passes / (totals[s] / 1e9)));
            }
            line.append(",\"totalDocsPerSecond\":").append(format(docs * passes / (all / 1e9)))
                    .append(",\"totalMBPerSecond\":").append(format(mb * passes / (all / 1e9))).append('}');
            System.out.println(line);
        } else {
            System.out.printf("%d documents, %.2f MB, %d warm-up and %d measured passes, one thread%n%n", raw.size(), mb, warmup, passes);
            System.out.printf("%-10s %12s %12s%n", "stage", "docs/s", "ms/pass");
            for (int s = 0; s < stages.length; s++) {
                System.out.printf("%-10s %12.1f %12.1f%n", stages[s], docs * passes / (totals[s] / 1e9), totals[s] / 1e6 / passes);
            }
            System.out.printf("%-10s %12.1f %12.1f   (%.2f MB/s)%n", "all", docs * passes / (all / 1e9), all / 1e6 / passes, mb * passes / (all / 1e9));
        }
        return 0;
    }

    private static List<Timing> runOnce(List<RawDocument> raw) {
        ArticleExtractor extractor = ArticleExtractor.standard();
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        List<Timing> timings = new ArrayList<>();
        long start = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        for (RawDocument document : raw) {
            articles.add(extractor.extract(document));
        }
        timings.add(new Timing("extract", System.nanoTime() - start));
        start = System.nanoTime();
        List<AnalyzedDocument> analyzed = new ArrayList<>();
        for (Article article : articles) {
            analyzed.add(analyzer.analyze(article));
        }
        timings.add(new Timing("analyze", System.nanoTime() - start));
        start = System.nanoTime();
        List<Family> families = new MinHashDeduplicator().families(analyzed);
        timings.add(new Timing("dedup", System.nanoTime() - start));
        start = System.nanoTime();
        Map<String, String> familyOf = Family.byDocument(families);
        OnlineEventClusterer clusterer = new OnlineEventClusterer();
        for (AnalyzedDocument document : analyzed) {
            Article article = document.article();
            clusterer.add(new ClusterInput(article.id(), article.title(), article.paragraphs(), article.published()),
                    familyOf.get(article.id()));
        }
        clusterer.result();
        timings.add(new Timing("cluster", System.nanoTime() - start));
        return timings;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
