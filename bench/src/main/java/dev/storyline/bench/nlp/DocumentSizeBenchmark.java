package dev.storyline.bench.nlp;

import dev.storyline.bench.HeapPools;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import dev.storyline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench document-size}: how the time and memory of one document's extraction and analysis grow
 * with its size. It generates plain-text documents of news-like prose ({@link NewsProse}, seeded) of growing size,
 * runs {@link Pipeline#analyze(dev.storyline.model.RawDocument, List)} on each on one thread, and prints seconds,
 * KB per second and the peak heap per size. Linear work shows as a flat KB/s column; work that grows with the square
 * of the size shows as KB/s falling in proportion to the size. Besides the wall clock it gives the rate per second of
 * the thread's own CPU time, which moves less when other work shares the machine.
 */
@Command(name = "document-size", mixinStandardHelpOptions = true,
        description = "Seconds, KB/s and peak heap of extracting and analyzing one generated plain-text document of "
                + "growing size (default 0.1 to 10 MB), on one thread.")
public final class DocumentSizeBenchmark implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "MB", defaultValue = "0.1,0.5,1,2,5,10",
            description = "Document sizes in MB (10^6 characters), comma-separated (default: ${DEFAULT-VALUE}).")
    List<Double> sizes;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "PARAGRAPHS",
            description = "How the text is laid out: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    NewsProse.Layout layout;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20", description = "Seed of the generated text (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Time budget per document as in analyze; 0 for none, so every size is measured to the end "
                    + "(default: ${DEFAULT-VALUE}).")
    double documentTimeout;

    @Option(names = "--json", description = "Print one JSON line per size instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard().withDocumentBudget(Duration.ofMillis(Math.round(documentTimeout * 1000)));
        // Warm up the models and the JIT on a small document, so the first size is not charged for it.
        pipeline.analyze(document(new NewsProse(seed + 1).document(200_000, layout), "warmup"), new ArrayList<>());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!json) {
            System.out.printf(Locale.ROOT, "one document, one thread, layout %s, seed %d (wall-clock figures: noisy on "
                    + "a shared machine)%n", layout, seed);
            System.out.printf(Locale.ROOT, "%8s %10s %9s %9s %8s %10s %12s %10s %8s  %s%n", "MB", "chars", "seconds",
                    "cpu s", "KB/s", "KB/cpu s", "peak heap MB", "sentences", "quotes", "outcome");
        }
        for (double megabytes : sizes) {
            int chars = (int) Math.round(megabytes * 1_000_000);
            String text = new NewsProse(seed).document(chars, layout);
            RawDocument raw = document(text, "generated-" + megabytes + "MB");
            System.gc();
            HeapPools.resetPeaks();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            List<SkippedInput> skipped = new ArrayList<>();
            AnalyzedDocument analyzed = pipeline.analyze(raw, skipped);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double peakMegabytes = HeapPools.peak() / 1e6;
            double kilobytesPerSecond = text.length() / 1000.0 / seconds;
            double kilobytesPerCpuSecond = text.length() / 1000.0 / cpuSeconds;
            String outcome = analyzed != null ? "analyzed" : "skipped: " + skipped.get(0).reason();
            int sentences = analyzed == null ? 0 : analyzed.sentences().size();
            int quotes = analyzed == null ? 0 : analyzed.quotes().size();
            if (json) {
                System.out.printf(Locale.ROOT, "{\"megabytes\":%.2f,\"chars\":%d,\"seconds\":%.2f,\"cpu_seconds\":%.2f,"
                                + "\"kb_per_second\":%.0f,\"kb_per_cpu_second\":%.0f,\"peak_heap_mb\":%.0f,\"sentences\":%d,"
                                + "\"quotes\":%d,\"analyzed\":%b}%n", megabytes, text.length(), seconds, cpuSeconds,
                        kilobytesPerSecond, kilobytesPerCpuSecond, peakMegabytes, sentences, quotes, analyzed != null);
            } else {
                System.out.printf(Locale.ROOT, "%8.2f %10d %9.2f %9.2f %8.0f %10.0f %12.0f %10d %8d  %s%n", megabytes,
                        text.length(), seconds, cpuSeconds, kilobytesPerSecond, kilobytesPerCpuSecond, peakMegabytes,
                        sentences, quotes, outcome);
            }
        }
        return 0;
    }

    private static RawDocument document(String text, String id) {
        return new RawDocument(id, id + ".txt", null, MediaType.TEXT, text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, null, null);
    }


}
