package dev.storyline.bench.extraction;

import dev.storyline.bench.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.model.RawDocument;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Extraction speed on one thread: our extract stage against bare jsoup parsing of the same pages (the floor for any
 * jsoup-based extractor), and in the same run Mozilla Readability under jsdom and readability-lxml, started as
 * subprocesses from {@code bench/peers} after its install script has installed them.
 */
@Command(name = "extraction-speed", mixinStandardHelpOptions = true,
        description = "Pages/s and MB/s of the extract stage on one thread, beside bare jsoup parsing, readability.js and readability-lxml.")
public final class ExtractionSpeed implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--data", paramLabel = "DIR", description = "Data set of gzip HTML pages (default: ../shared/data/aeb beside the project).")
    Path data;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed passes before measuring; the JIT keeps improving for several (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "10", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--peer-warmup", defaultValue = "1", description = "Untimed passes for each peer (default: ${DEFAULT-VALUE}).")
    int peerWarmup;

    @Option(names = "--peer-passes", defaultValue = "1", description = "Timed passes for each peer (default: ${DEFAULT-VALUE}).")
    int peerPasses;

    @Option(names = "--no-peers", description = "Time only ours and bare jsoup; do not install or run the peers.")
    boolean noPeers;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    private record Result(String name, double pagesPerSecond, double megabytesPerSecond, int failures) {
    }

    @Override
    public Integer call() throws Exception {
        Path directory = data != null ? data : SharedData.directory(null).resolve("aeb");
        List<EvalPage> pages = DataSets.read(directory);
        List<RawDocument> documents = new ArrayList<>();
        long bytes = 0;
        for (EvalPage page : pages) {
            documents.add(page.toRawDocument());
            bytes += page.html().length;
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        for (int i = 0; i < warmup; i++) {
            extractAll(extractor, documents);
            parseAll(documents);
        }
        long extractNanos = 0;
        long parseNanos = 0;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            extractAll(extractor, documents);
            extractNanos += System.nanoTime() - start;
            start = System.nanoTime();
            parseAll(documents);
            parseNanos += System.nanoTime() - start;
        }
        List<Result> results = new ArrayList<>();
        results.add(result("storyline", pages.size() * passes, bytes * passes, extractNanos, 0));
        results.add(result("jsoup parse only", pages.size() * passes, bytes * passes, parseNanos, 0));
        if (!noPeers) {
            results.addAll(peers(SharedData.home().resolve("bench/peers"), pages));
        }
        print(directory, pages.size(), bytes, results);
        return 0;
    }

    private static void extractAll(ArticleExtractor extractor, List<RawDocument> documents) {
        for (RawDocument document : documents) {
            extractor.extract(document);
        }
    }

    private static void parseAll(List<RawDocument> documents) {
        for (RawDocument document : documents) {
            Jsoup.parse(document.text(), document.url() == null ? "" : document.url());
        }
    }

    private static Result result(String name, long pages, long bytes, long nanos, int failures) {
        double seconds = nanos / 1e9;
        return new Result(name, pages / seconds, bytes / 1e6 / seconds, failures);
    }

    private List<Result> peers(Path peers, List<EvalPage> pages) throws IOException, InterruptedException {
        run(List.of("bash", peers.resolve("install.sh").toString()), true);
        Path list = Files.createTempFile("storyline-peers", ".txt");
        try {
            List<String> files = new ArrayList<>();
            for (EvalPage page : pages) {
                files.add(page.file().toAbsolutePath().toString());
            }
            Files.write(list, files, StandardCharsets.UTF_8);
            String warm = String.valueOf(peerWarmup);
            String timed = String.valueOf(peerPasses);
            List<Result> results = new ArrayList<>();
            results.add(peer(List.of("node", peers.resolve("readability-js.mjs").toString(), list.toString(), warm, timed)));
            results.add(peer(List.of("/usr/bin/python3", peers.resolve("readability-lxml.py").toString(), list.toString(), warm, timed)));
            return results;
        } finally {
            Files.deleteIfExists(list);
        }
    }

    private static Result peer(List<String> command) throws IOException, InterruptedException {
        String output = run(command, false);
        String[] lines = output.strip().split("\n");
        JsonNode line = JSON.readTree(lines[lines.length - 1]);
        return new Result(line.path("peer").asText(), line.path("pagesPerSecond").asDouble(),
                line.path("megabytesPerSecond").asDouble(), line.path("failures").asInt());
    }

    /** Runs a command; its standard error goes to ours. Returns its standard output, or throws when it fails. */
    private static String run(List<String> command, boolean echo) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (echo && !output.isBlank()) {
            System.err.print(output);
        }
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + exit);
        }
        return output;
    }

    private void print(Path directory, int pages, long bytes, List<Result> results) {
        double ours = results.get(0).pagesPerSecond();
        if (json) {
            StringBuilder line = new StringBuilder("{\"benchmark\":\"extraction-speed\",\"dataSet\":\"")
                    .append(directory.getFileName()).append("\",\"pages\":").append(pages).append(",\"bytes\":").append(bytes);
            for (Result result : results) {
                String key = result.name().replaceAll("[^A-Za-z]+", "");
                line.append(",\"").append(key).append("PagesPerSecond\":").append(format(result.pagesPerSecond()));
            }
            line.append(",\"shareOfJsoupParse\":").append(format(ours / results.get(1).pagesPerSecond())).append('}');
            System.out.println(line);
            return;
        }
        System.out.printf("%s: %d pages, %.1f MB; one thread; ours and jsoup after %d warm-up passes, %d timed%n%n",
                directory.getFileName(), pages, bytes / 1e6, warmup, passes);
        System.out.printf("%-20s %10s %8s %16s %9s%n", "extractor", "pages/s", "MB/s", "storyline is", "failures");
        for (Result result : results) {
            System.out.printf("%-20s %10.1f %8.2f %15.2fx %9d%n", result.name(), result.pagesPerSecond(),
                    result.megabytesPerSecond(), ours / result.pagesPerSecond(), result.failures());
        }
        System.out.printf("%nstoryline runs at %.0f %% of bare jsoup parsing speed.%n", 100 * ours / results.get(1).pagesPerSecond());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
