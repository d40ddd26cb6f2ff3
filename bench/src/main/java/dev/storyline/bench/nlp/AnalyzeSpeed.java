package dev.storyline.bench.nlp;

import dev.storyline.bench.SharedData;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench analyze-speed}: articles and tokens per second of the analyze stage (sentences, tokens,
 * part-of-speech tags, entities, quotes) on one thread, over the real news articles of PolNeAR's training split.
 * Besides the wall-clock rate it gives the rate per second of the thread's own CPU time, which moves less when other
 * work shares the machine.
 */
@Command(name = "analyze-speed", mixinStandardHelpOptions = true,
        description = "Articles/s and tokens/s of the analyze stage on one thread, over PolNeAR's training articles.")
public final class AnalyzeSpeed implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding polnear. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--warmup", defaultValue = "1", description = "Passes before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "2", description = "Measured passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        Path directory = shared.resolve("polnear/train");
        if (!Files.isDirectory(directory)) {
            System.err.println(directory + ": no such data set directory");
            return 1;
        }
        List<Article> articles = new ArrayList<>();
        for (PolNear.Article article : PolNear.read(directory)) {
            articles.add(new Article(article.name(), article.name(), null, article.title(), null, null, null,
                    article.paragraphs(), List.of()));
        }
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        for (int pass = 0; pass < warmup; pass++) {
            analyzeAll(analyzer, articles);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int pass = 0; pass < passes; pass++) {
            tokens += analyzeAll(analyzer, articles);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double articlesPerSecond = articles.size() * (double) passes / seconds;
        double tokensPerSecond = tokens / seconds;
        double articlesPerCpuSecond = articles.size() * (double) passes / cpuSeconds;
        if (json) {
            System.out.printf(Locale.ROOT, "{\"articles\":%d,\"articles_per_second\":%.1f,\"tokens_per_second\":%.0f,"
                            + "\"articles_per_cpu_second\":%.1f,\"tokens_per_cpu_second\":%.0f}%n",
                    articles.size(), articlesPerSecond, tokensPerSecond, articlesPerCpuSecond, tokens / cpuSeconds);
        } else {
            System.out.printf(Locale.ROOT, "analyze stage, one thread, %d PolNeAR articles x %d passes: %.1f articles/s, %.0f tokens/s"
                            + " (per CPU second: %.1f articles, %.0f tokens)%n",
                    articles.size(), passes, articlesPerSecond, tokensPerSecond, articlesPerCpuSecond, tokens / cpuSeconds);
        }
        return 0;
    }

    private static long analyzeAll(OpenNlpTextAnalyzer analyzer, List<Article> articles) {
        long tokens = 0;
        for (Article article : articles) {
            AnalyzedDocument document = analyzer.analyze(article);
            for (Sentence sentence : document.sentences()) {
                tokens += sentence.tokens().size();
            }
        }
        return tokens;
    }
}
