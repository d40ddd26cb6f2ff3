package dev.storyline.bench.dedup;

import dev.storyline.dedup.DedupConfig;
import dev.storyline.dedup.LshIndex;
import dev.storyline.dedup.MinHasher;
import dev.storyline.dedup.Shingler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speed and memory of the dedup stage over a generated stream, on one thread: signatures (shingling included) per
 * second, LSH queries and inserts per second, peak heap sampled while the index grows, and the index's bytes per
 * document at every tenth of the stream, which shows whether memory stays linear.
 */
final class Throughput {

    private static final int WARM_UP_DOCUMENTS = 20_000;

    private final int documents;
    private final long words;
    private final double signatureSeconds;
    private final double indexSeconds;
    private final long peakHeapBytes;
    private final long pairs;
    private final List<long[]> checkpoints;

    private Throughput(int documents, long words, double signatureSeconds, double indexSeconds, long peakHeapBytes,
                       long pairs, List<long[]> checkpoints) {
        this.documents = documents;
        this.words = words;
        this.signatureSeconds = signatureSeconds;
        this.indexSeconds = indexSeconds;
        this.peakHeapBytes = peakHeapBytes;
        this.pairs = pairs;
        this.checkpoints = checkpoints;
    }

    static Throughput measure(List<NearDuplicateGenerator.Generated> stream, DedupConfig config) {
        Shingler shingler = new Shingler(config.shingleWords());
        MinHasher hasher = new MinHasher(config.permutations(), config.seed());
        int n = stream.size();
        warmUp(stream, shingler, hasher, config);

        int[] shingleCounts = new int[n];
        int[][] signatures = new int[n][];
        long words = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String text = stream.get(i).text();
            long[] shingles = shingler.shingles(text);
            shingleCounts[i] = shingles.length;
            signatures[i] = hasher.signature(shingles);
        }
        double signatureSeconds = DedupEvaluation.seconds(start);
        for (NearDuplicateGenerator.Generated document : stream) {
            words += document.text().split("\\s+").length;
        }

        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long peak = runtime.totalMemory() - runtime.freeMemory();
        List<long[]> checkpoints = new ArrayList<>();
        LshIndex index = new LshIndex(config);
        long pairs = 0;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            pairs += index.addAndMatch(shingleCounts[i], signatures[i]).size();
            if ((i + 1) % Math.max(1, n / 10) == 0 || i == n - 1) {
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                checkpoints.add(new long[] {i + 1, index.bytesUsed()});
            }
        }
        double indexSeconds = DedupEvaluation.seconds(start);
        return new Throughput(n, words, signatureSeconds, indexSeconds, peak, pairs, checkpoints);
    }

    private static void warmUp(List<NearDuplicateGenerator.Generated> stream, Shingler shingler, MinHasher hasher,
                               DedupConfig config) {
        LshIndex index = new LshIndex(config);
        for (int i = 0; i < Math.min(WARM_UP_DOCUMENTS, stream.size()); i++) {
            long[] shingles = shingler.shingles(stream.get(i).text());
            index.addAndMatch(shingles.length, hasher.signature(shingles));
        }
    }

    double documentsPerSecond() {
        return documents / (signatureSeconds + indexSeconds);
    }

    double bytesPerDocument() {
        long[] last = checkpoints.get(checkpoints.size() - 1);
        return (double) last[1] / last[0];
    }

    void print() {
        System.out.printf(Locale.ROOT, "Speed over %d documents (%.0f words each on average), one thread:%n",
                documents, (double) words / documents);
        System.out.println("| step | documents/s |");
        System.out.println("|---|---:|");
        System.out.printf(Locale.ROOT, "| shingles + signature | %.0f |%n", documents / signatureSeconds);
        System.out.printf(Locale.ROOT, "| LSH query + insert | %.0f |%n", documents / indexSeconds);
        System.out.printf(Locale.ROOT, "| all together | %.0f |%n", documentsPerSecond());
        System.out.printf(Locale.ROOT, "%nCopy pairs found in the stream: %d.%n", pairs);
        System.out.printf(Locale.ROOT, "Peak heap while indexing (texts and signatures of the stream included): %.0f MB.%n",
                peakHeapBytes / 1e6);
        StringBuilder growth = new StringBuilder("Index bytes per document as it grows:");
        for (long[] checkpoint : checkpoints) {
            growth.append(String.format(Locale.ROOT, " %d: %.0f;", checkpoint[0], (double) checkpoint[1] / checkpoint[0]));
        }
        System.out.println(growth);
    }

    String json() {
        return String.format(Locale.ROOT, ",\"signatures_per_s\":%.0f,\"lsh_per_s\":%.0f,\"documents_per_s\":%.0f,"
                + "\"bytes_per_document\":%.0f,\"peak_heap_mb\":%.0f,\"stream_pairs\":%d", documents / signatureSeconds,
                documents / indexSeconds, documentsPerSecond(), bytesPerDocument(), peakHeapBytes / 1e6, pairs);
    }
}
