package dev.storyline.bench.store;

import dev.storyline.pipeline.CorpusBuilder.BuildStatistics;
import dev.storyline.server.StorylineServer;
import dev.storyline.store.CorpusIngester;
import dev.storyline.store.CorpusStore;
import dev.storyline.store.StoreViews;
import dev.storyline.store.StoreViews.IngestSummary;
import dev.storyline.store.StoreViews.StoryListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * {@code storyline bench store-load}: ingests generated documents into a fresh store with every stage on and prints
 * documents/s; times later ingests into the loaded store: newer documents (which the stories take in incrementally),
 * newer documents after closing and reopening the store (a new process resuming the saved grouping state), and late
 * ones dated among the stored (which restart grouping from the checkpoint before the earliest of them), first over
 * the last week, then over the whole year; prints the heap the open store holds after a full GC; then opens the store again, as {@code serve} does,
 * serves it on loopback and measures the story page, the story list (first page; sorted and paged; filtered by
 * dates, outlet, entity and words) and search under concurrent clients (p50 and p99 latency), each
 * run bounded by a number of requests and by time; and the story page again while {@link SlowClients} hold requests
 * open, to show that they do not slow the others.
 */
@Command(name = "store-load", mixinStandardHelpOptions = true,
        description = "Ingest throughput of the store, later incremental ingests, and API latency under concurrent clients, on generated documents.")
public final class StoreLoadBenchmark implements Callable<Integer> {

    @Option(names = "--documents", defaultValue = "50000", description = "Generated documents to ingest (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--updates", defaultValue = "3", description = "Later ingests of newer documents into the loaded store, timed one by one (default: ${DEFAULT-VALUE}).")
    int updates;

    @Option(names = "--update-documents", defaultValue = "100", description = "Documents per later ingest (default: ${DEFAULT-VALUE}).")
    int updateDocuments;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent API clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--slow-clients", defaultValue = "50", description = "Slow clients holding requests open while the story page is measured again (default: ${DEFAULT-VALUE}; 0 skips it).")
    int slowClients;

    @Option(names = "--requests", defaultValue = "20000", description = "Requests per measured endpoint at most (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seconds", defaultValue = "60", description = "Seconds per measured endpoint at most (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--data", paramLabel = "DIR", description = "Store directory to create (default: a new temporary directory).")
    Path data;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the document generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    /**
     * Newer stories start within 3 days of their week and their articles follow within 3 more, so each later ingest
     * is dated after the one before and only adds to the grouping.
     */
    private static final int NEWER_START_DAYS = 3;

    /**
     * Late documents of the first kind are dated over the week before the newest stored ones: a crawl that brings
     * the last days' articles late. The second kind is dated over the whole stored year.
     */
    private static final int LATE_WEEK_DAYS = 7;

    private record Latency(String endpoint, int requests, int errors, double seconds, double p50, double p99) {
    }

    /** One later ingest: how long it took and what bringing the stories up to date did. */
    private record Update(String kind, double seconds, BuildStatistics build) {
    }

    @Override
    public Integer call() throws Exception {
        System.setProperty("http.maxConnections", Integer.toString(clients));
        Path directory = data != null ? data : Files.createTempDirectory("storyline-load");
        Path input = Files.createTempFile("storyline-load", ".jsonl");
        GeneratedCorpus corpus = new GeneratedCorpus(seed);
        corpus.write(input, documents);
        try {
            long baseline = heapAfterFullGc();
            long start = System.nanoTime();
            long[] analyzedAt = new long[1];
            IngestSummary summary;
            double ingestSeconds;
            long builderHeap;
            List<Update> later = new ArrayList<>();
            LocalDate after = LocalDate.of(2026, 2, 1);
            int written = documents;
            long closing;
            try (CorpusStore store = CorpusStore.open(directory)) {
                try (CorpusIngester ingester = new CorpusIngester(store, 500, Runtime.getRuntime().availableProcessors())) {
                    ingester.onCommit(ids -> analyzedAt[0] = System.nanoTime());
                    summary = ingester.ingest(List.of(input.toString()), InputStream.nullInputStream());
                }
                ingestSeconds = (System.nanoTime() - start) / 1e9;
                builderHeap = heapAfterFullGc() - baseline;
                for (int round = 0; round < updates; round++) {
                    corpus.write(input, updateDocuments, written, after.plusDays(7L * round), NEWER_START_DAYS);
                    written += updateDocuments;
                    later.add(ingest(store, input, "newer", System.nanoTime()));
                }
                closing = System.nanoTime();
            }
            double storeSeconds = (analyzedAt[0] - start) / 1e9;
            Path state = directory.resolve("grouping.state");
            long stateBytes = Files.exists(state) ? Files.size(state) : 0;
            try (CorpusStore reopened = CorpusStore.open(directory)) {
                if (updates > 0) {
                    corpus.write(input, updateDocuments, written, after.plusDays(7L * updates), NEWER_START_DAYS);
                    written += updateDocuments;
                    later.add(ingest(reopened, input, "reopened", closing));
                    corpus.write(input, updateDocuments, written, after.plusDays(7L * (updates - 1)), LATE_WEEK_DAYS);
                    written += updateDocuments;
                    later.add(ingest(reopened, input, "late (last week)", System.nanoTime()));
                    corpus.write(input, updateDocuments, written, LocalDate.of(2025, 1, 1), 365);
                    later.add(ingest(reopened, input, "late (whole year)", System.nanoTime()));
                }
            }
            System.gc(); // the ingests' garbage belongs to them, not to a serve process started on the store
            try (CorpusStore served = CorpusStore.open(directory)) {
                List<StoryListing> stories = served.stories(Integer.MAX_VALUE);
                List<Latency> latencies = new ArrayList<>();
                try (StorylineServer server = StorylineServer.start(served, "127.0.0.1", 0)) {
                    String base = "http://127.0.0.1:" + server.address().getPort() + "/api/";
                    Random random = new Random(seed);
                    latencies.add(measure("story page", i -> base + "stories/" + stories.get(random(random, stories.size())).id()));
                    latencies.add(measure("story list", i -> base + "stories?limit=50"));
                    List<String> paged = pagedLists(new Random(seed), stories.size());
                    latencies.add(measure("story list, sorted and paged", i -> base + "stories?" + paged.get(Math.floorMod(i, paged.size()))));
                    List<List<String>> filtered = filteredLists(new Random(seed), served, stories, corpus);
                    for (int kind = 0; kind < FILTERS.size(); kind++) {
                        List<String> queries = filtered.get(kind);
                        latencies.add(measure("story list, " + FILTERS.get(kind), i -> base + "stories?" + queries.get(Math.floorMod(i, queries.size()))));
                    }
                    latencies.add(measure("search", i -> base + "search?limit=20&q="
                            + URLEncoder.encode(corpus.query(new Random(seed + i)), StandardCharsets.UTF_8)));
                    if (slowClients > 0) {
                        try (SlowClients slow = new SlowClients(server.address(), slowClients)) {
                            Random again = new Random(seed);
                            latencies.add(measure("story page, " + slowClients + " slow clients",
                                    i -> base + "stories/" + stories.get(random(again, stories.size())).id()));
                        }
                    }
                }
                print(summary, served.documentCount(), stories.size(), ingestSeconds, storeSeconds, builderHeap, stateBytes, later, latencies);
            }
        } finally {
            Files.deleteIfExists(input);
            if (data == null) {
                deleteTree(directory);
            }
        }
        return 0;
    }

    /** Query strings of the story list in every order, at pages spread over the list. */
    private static List<String> pagedLists(Random random, int stories) {
        List<String> orders = List.of("documents", "latest", "sources", "disputed");
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int offset = stories <= 50 ? 0 : random.nextInt(stories - 50);
            queries.add("limit=50&sort=" + orders.get(i % orders.size()) + "&offset=" + offset);
        }
        return queries;
    }

    /** The kinds of story-list filter measured, in the order {@link #filteredLists} gives their queries. */
    private static final List<String> FILTERS = List.of("by a week and an outlet", "by an entity", "by words", "by all of them");

    /**
     * Query strings of the story list narrowed as an analyst narrows it, for each of the {@link #FILTERS}: a week of
     * dates and an outlet, an entity named in a story, words of the generated text, and all of them together.
     */
    private static List<List<String>> filteredLists(Random random, CorpusStore store, List<StoryListing> stories, GeneratedCorpus corpus) {
        List<String> outlets = store.outlets().stream().map(StoreViews.OutletListing::outlet).toList();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(200, stories.size()); i++) {
            store.story(stories.get(random.nextInt(stories.size())).id())
                    .ifPresent(page -> page.story().entities().forEach(entity -> names.add(entity.name())));
        }
        List<List<String>> queries = new ArrayList<>();
        for (int kind = 0; kind < FILTERS.size(); kind++) {
            List<String> ofKind = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                StoryListing story = stories.get(random.nextInt(stories.size()));
                LocalDate day = story.first() == null ? LocalDate.of(2025, 6, 1) : story.first();
                String week = "&from=" + day.minusDays(3) + "&to=" + day.plusDays(3);
                String outlet = outlets.isEmpty() ? "" : "&outlet=" + encode(outlets.get(random.nextInt(outlets.size())));
                String entity = names.isEmpty() ? "" : "&entity=" + encode(names.get(random.nextInt(names.size())));
                String words = "&q=" + encode(corpus.query(random));
                ofKind.add("limit=50&sort=latest" + switch (kind) {
                    case 0 -> week + outlet;
                    case 1 -> entity;
                    case 2 -> words;
                    default -> week + outlet + entity + words;
                });
            }
            queries.add(ofKind);
        }
        return queries;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The heap in use after a full collection: what the live objects take. */
    private static long heapAfterFullGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Ingests one later file of generated documents, timed from {@code start}, stories brought up to date included. */
    private static Update ingest(CorpusStore store, Path input, String kind, long start) {
        IngestSummary summary;
        try (CorpusIngester ingester = new CorpusIngester(store)) {
            summary = ingester.ingest(List.of(input.toString()), InputStream.nullInputStream());
        }
        return new Update(kind, (System.nanoTime() - start) / 1e9, summary.build());
    }

    private static synchronized int random(Random random, int bound) {
        return random.nextInt(bound);
    }

    /** Warms the endpoint up, then runs {@code clients} threads until {@code requests} or {@code seconds} are spent. */
    private Latency measure(String endpoint, IntFunction<String> url) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            send(url.apply(-i - 1));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] nanos = new long[requests];
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    if (!send(url.apply(i))) {
                        errors.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - begin;
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int done = Math.min(next.get(), requests);
        long[] measured = Arrays.copyOf(nanos, done);
        Arrays.sort(measured);
        return new Latency(endpoint, done, errors.get(), elapsed, percentile(measured, 0.50), percentile(measured, 0.99));
    }

    /**
     * One GET over the JDK's keep-alive connection pool, reading the whole body. {@code HttpURLConnection} is used
     * rather than {@code HttpClient} because it costs the shared CPUs less, so the figures say more about the server.
     */
    private static boolean send(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The nearest-rank percentile in milliseconds. */
    static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private void print(IngestSummary summary, int stored, int stories, double ingestSeconds, double storeSeconds,
                       long builderHeap, long stateBytes, List<Update> later, List<Latency> latencies) {
        double rate = summary.added() / ingestSeconds;
        int cores = Runtime.getRuntime().availableProcessors();
        if (json) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "{\"bench\":\"store-load\",\"documents\":%d,\"stored\":%d,\"stories\":%d,\"cores\":%d,\"ingest_seconds\":%.1f,"
                            + "\"ingest_docs_per_s\":%.1f,\"build_seconds\":%.1f,\"builder_heap_bytes_per_document\":%d,"
                            + "\"grouping_state_mb\":%.1f,\"clients\":%d",
                    documents, stored, stories, cores, ingestSeconds, rate, ingestSeconds - storeSeconds,
                    builderHeap / Math.max(1, summary.added()), stateBytes / 1e6, clients));
            for (int i = 0; i < later.size(); i++) {
                Update update = later.get(i);
                String key = update.kind().replaceAll("[^a-z]+", "_").replaceAll("_$", "") + "_update_" + (i + 1);
                line.append(String.format(Locale.ROOT, ",\"%s_documents\":%d,\"%s_seconds\":%.2f,\"%s_grouped\":%d,\"%s_stories_composed\":%d,"
                                + "\"%s_checkpoint_bytes\":%d",
                        key, updateDocuments, key, update.seconds(), key, update.build().documentsGrouped(), key,
                        update.build().storiesComposed(), key, update.build().checkpointBytes()));
            }
            for (Latency latency : latencies) {
                String key = latency.endpoint().replaceAll("[^a-z0-9]+", "_");
                line.append(String.format(Locale.ROOT, ",\"%s_requests\":%d,\"%s_errors\":%d,\"%s_p50_ms\":%.2f,\"%s_p99_ms\":%.2f",
                        key, latency.requests(), key, latency.errors(), key, latency.p50(), key, latency.p99()));
            }
            System.out.println(line.append('}'));
            return;
        }
        System.out.printf(Locale.ROOT, "ingest: %d generated documents (%d added, %d skipped), %d stories, %d cores%n",
                documents, summary.added(), summary.skipped(), stories, cores);
        System.out.printf(Locale.ROOT, "  %.1f s in all: %.1f documents/s (extract, analyze, store and index %.1f s; families, events, stories built in %.1f s)%n",
                ingestSeconds, rate, storeSeconds, ingestSeconds - storeSeconds);
        System.out.printf(Locale.ROOT, "heap held by the open store after a full GC: %.1f MB, %d bytes a document%n",
                builderHeap / 1e6, builderHeap / Math.max(1, summary.added()));
        System.out.printf(Locale.ROOT, "grouping.state written when the store closed: %.1f MB%n", stateBytes / 1e6);
        for (Update update : later) {
            BuildStatistics build = update.build();
            System.out.printf(Locale.ROOT, "later ingest of %d %s documents: %.2f s (grouped %d of %d documents%s; composed %d of %d events, %d of %d stories)%n",
                    updateDocuments, update.kind(), update.seconds(), build.documentsGrouped(), build.documents(),
                    build.regroupedAll() ? " from the first again" : "", build.eventsComposed(), build.events(),
                    build.storiesComposed(), build.stories());
        }
        if (!later.isEmpty()) {
            System.out.printf(Locale.ROOT, "grouping checkpoints in memory after the last ingest: %.1f MB%n",
                    later.get(later.size() - 1).build().checkpointBytes() / 1e6);
        }
        System.out.printf(Locale.ROOT, "API on loopback, %d concurrent clients, %d documents stored:%n", clients, stored);
        System.out.printf(Locale.ROOT, "%-30s %9s %7s %9s %9s %9s%n", "endpoint", "requests", "errors", "req/s", "p50 ms", "p99 ms");
        for (Latency latency : latencies) {
            System.out.printf(Locale.ROOT, "%-30s %9d %7d %9.0f %9.2f %9.2f%n", latency.endpoint(), latency.requests(),
                    latency.errors(), latency.requests() / latency.seconds(), latency.p50(), latency.p99());
        }
    }
}
