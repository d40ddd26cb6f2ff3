package dev.storyline.store;

import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import dev.storyline.pipeline.CorpusBuilder.BuildStatistics;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.store.StoreViews.IngestSummary;
import dev.storyline.util.Deadline;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Adds documents to a {@link CorpusStore}: reads inputs with the ingest stage, extracts and analyzes new or changed
 * documents on several threads, commits them one batch per transaction, and finally brings the stories up to date.
 *
 * <p>A document is known by its id (file name, JSONL id or URL, WARC target URI). Bytes equal to the stored ones
 * (by SHA-256) make it a no-op; other bytes replace it. A different input that brings an id already taken by
 * another source gets {@code ~2}, {@code ~3}... as a batch {@code analyze} does.
 *
 * <p>Each document has a time budget ({@link Pipeline#documentBudget()}): the stages stop themselves once it has
 * passed, and this ingester waits for a document no longer than its budget (plus {@link #BUDGET_GRACE}) after its
 * analysis started. A document over it is skipped with the reason, before any transaction: the store is never held
 * for it. A worker that does not stop in time is left to finish on its own and another thread takes its place.
 */
public final class CorpusIngester implements AutoCloseable {

    /** Documents per transaction: what a crash can lose at most, and what a reader waits for at most. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    /** How long past a document's budget the ingester still waits for its worker to stop by itself. */
    public static final Duration BUDGET_GRACE = Duration.ofSeconds(2);

    private final CorpusStore store;
    private final Ingester ingester;
    private final int batchSize;
    private final ThreadPoolExecutor workers;
    private final Duration documentBudget;
    private final ThreadLocal<Pipeline> pipelines;
    private Consumer<List<String>> committed = ids -> { };

    /**
     * @param documentBudget the time budget of one document's extraction and analysis; zero for none
     */
    public CorpusIngester(CorpusStore store, int batchSize, int threads, Duration documentBudget) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be positive: " + batchSize + ", " + threads);
        }
        this.store = store;
        this.ingester = new Ingester();
        this.batchSize = batchSize;
        this.workers = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
        this.pipelines = ThreadLocal.withInitial(() -> Pipeline.standard().withDocumentBudget(documentBudget));
        this.documentBudget = documentBudget == null || documentBudget.isNegative() ? Duration.ZERO : documentBudget;
    }

    public CorpusIngester(CorpusStore store, int batchSize, int threads) {
        this(store, batchSize, threads, Pipeline.DEFAULT_DOCUMENT_BUDGET);
    }

    /** One thread per CPU, batches of {@value #DEFAULT_BATCH_SIZE}, and this time budget per document (zero for none). */
    public CorpusIngester(CorpusStore store, Duration documentBudget) {
        this(store, DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors(), documentBudget);
    }

    public CorpusIngester(CorpusStore store) {
        this(store, Pipeline.DEFAULT_DOCUMENT_BUDGET);
    }

    /** Calls {@code listener} with the ids of each batch's documents once the batch is committed. */
    public CorpusIngester onCommit(Consumer<List<String>> listener) {
        this.committed = listener;
        return this;
    }

    /**
     * Ingests files, directories or {@code -} for stdin, then brings the stories up to date. Each input read replaces
     * what earlier runs recorded as skipped for it. An input that cannot be read is recorded as skipped; a store that
     * cannot be written stops the ingest with a {@link StoreException} naming the store and the cause, and nothing is
     * recorded against the input being read when it happened.
     */
    public IngestSummary ingest(List<String> paths, InputStream stdin) {
        Batcher batcher = new Batcher();
        ingester.ingest(paths, stdin, batcher);
        return batcher.finish();
    }

    /** Ingests a body of JSON Lines (one object a line with {@code text} or {@code html}), then brings the stories up to date. */
    public IngestSummary ingestJsonLines(InputStream body, String source) throws IOException {
        Batcher batcher = new Batcher();
        new JsonLinesReader(Ingester.DEFAULT_MAX_DOCUMENT_BYTES).read(body, source, "posted", batcher);
        return batcher.finish();
    }

    /**
     * Ingests documents read already, with the parts of their input that could not be read, then brings the stories
     * up to date: for a caller that reads its input itself, as the server does to refuse a body with no document.
     */
    public IngestSummary ingest(List<RawDocument> documents, List<SkippedInput> skipped) {
        Batcher batcher = new Batcher();
        skipped.forEach(batcher::skip);
        documents.forEach(batcher::accept);
        return batcher.finish();
    }

    /** Collects documents into batches and commits each. */
    private final class Batcher implements IngestSink {
        private final List<RawDocument> pending = new ArrayList<>();
        private final List<SkippedInput> skipped = new ArrayList<>();
        private final List<String> skippedReasons = new ArrayList<>();
        /** Inputs started since the last commit: what the store says about them from earlier runs is forgotten. */
        private final Set<String> started = new LinkedHashSet<>();
        /** What each id looked up so far holds: the store's fingerprint, updated by the inputs of this run. */
        private final Map<String, Optional<CorpusStore.Fingerprint>> holders = new HashMap<>();
        private int added;
        private int updated;
        private int unchanged;

        @Override
        public void accept(RawDocument document) {
            pending.add(document);
            if (pending.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void skip(SkippedInput input) {
            skipped.add(input);
        }

        @Override
        public void inputStarted(String source) {
            started.add(source);
        }

        IngestSummary finish() {
            flush();
            BuildStatistics build = store.isStale() ? store.update() : null;
            return new IngestSummary(added, updated, unchanged, skippedReasons.size(), List.copyOf(skippedReasons), build);
        }

        private void flush() {
            List<RawDocument> changed = new ArrayList<>();
            Map<String, String> hashes = new HashMap<>();
            List<Boolean> isUpdate = new ArrayList<>();
            for (RawDocument raw : pending) {
                String hash = sha256(raw.content());
                String id = freeId(raw);
                CorpusStore.Fingerprint stored = holder(id).orElse(null);
                holders.put(id, Optional.of(new CorpusStore.Fingerprint(raw.source(), hash)));
                if (stored != null && stored.contentHash().equals(hash)) {
                    unchanged++;
                    continue;
                }
                changed.add(id.equals(raw.id()) ? raw : new RawDocument(id, raw.source(), raw.url(), raw.mediaType(),
                        raw.content(), raw.charset(), raw.fetched(), raw.declared()));
                hashes.put(id, hash);
                isUpdate.add(stored != null);
            }
            pending.clear();
            List<AnalyzedDocument> analyzed = new ArrayList<>();
            List<SkippedInput> batchSkipped = new ArrayList<>(skipped);
            skipped.clear();
            List<Job> results = new ArrayList<>();
            for (RawDocument raw : changed) {
                results.add(submit(raw));
            }
            for (int i = 0; i < results.size(); i++) {
                Analysis result = await(results.get(i), changed.get(i));
                if (result.document() != null) {
                    analyzed.add(result.document());
                    if (isUpdate.get(i)) {
                        updated++;
                    } else {
                        added++;
                    }
                }
                batchSkipped.addAll(result.skipped());
            }
            for (SkippedInput input : batchSkipped) {
                skippedReasons.add(input.source() + ": " + input.reason());
            }
            List<String> reread = List.copyOf(started);
            started.clear();
            if (!analyzed.isEmpty() || !batchSkipped.isEmpty()) {
                store.commit(analyzed, hashes, batchSkipped, reread);
                List<String> ids = new ArrayList<>();
                for (AnalyzedDocument document : analyzed) {
                    ids.add(document.id());
                }
                committed.accept(ids);
            } else if (!reread.isEmpty()) {
                store.commit(List.of(), Map.of(), List.of(), reread);
            }
        }

        /** The id this input is stored under: its own, unless another source has it already in the store or this run. */
        private String freeId(RawDocument raw) {
            String id = raw.id();
            for (int n = 2; ; n++) {
                Optional<CorpusStore.Fingerprint> owner = holder(id);
                if (owner.isEmpty() || owner.get().source().equals(raw.source())) {
                    return id;
                }
                id = raw.id() + "~" + n;
            }
        }

        private Optional<CorpusStore.Fingerprint> holder(String id) {
            return holders.computeIfAbsent(id, store::fingerprint);
        }
    }

    private record Analysis(AnalyzedDocument document, List<SkippedInput> skipped) {
    }

    /**
     * A document's analysis on a worker, with when it started (0 while it waits for a worker or for the worker's first
     * pipeline, whose models take a moment to load).
     */
    private record Job(Future<Analysis> future, AtomicLong startedNanos) {
    }

    private Job submit(RawDocument raw) {
        AtomicLong started = new AtomicLong();
        Callable<Analysis> analysis = () -> {
            Pipeline pipeline = pipelines.get();
            started.set(System.nanoTime() | 1);
            List<SkippedInput> skipped = new ArrayList<>();
            AnalyzedDocument document = pipeline.analyze(raw, skipped);
            return new Analysis(document, skipped);
        };
        return new Job(workers.submit(analysis), started);
    }

    /**
     * The analysis of a document, waiting no longer than its budget and {@link #BUDGET_GRACE} after it started; past
     * that, the document is skipped and its worker is left to stop by itself while a new thread takes its place.
     */
    private Analysis await(Job job, RawDocument raw) {
        Future<Analysis> future = job.future();
        try {
            if (documentBudget.isZero()) {
                return future.get();
            }
            long allowed = documentBudget.plus(BUDGET_GRACE).toNanos();
            while (true) {
                long started = job.startedNanos().get();
                long wait = started == 0 ? allowed : started + allowed - System.nanoTime();
                if (wait <= 0) {
                    abandon(future);
                    return new Analysis(null, List.of(new SkippedInput(raw.source(), Deadline.Exceeded.reason(documentBudget))));
                }
                try {
                    return future.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // Not started yet, or over its budget: looked at again above.
                }
            }
        } catch (ExecutionException e) {
            String reason = e.getCause() instanceof OutOfMemoryError
                    ? "ran out of memory while analyzing it (the JVM's heap, -Xmx, is too small for this document)"
                    : "could not be analyzed: " + e.getCause();
            return new Analysis(null, List.of(new SkippedInput(raw.source(), reason)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while analyzing " + raw.source(), e);
        }
    }

    /** Interrupts a worker that did not stop in time, and gives the pool one more thread while it runs on. */
    private void abandon(Future<Analysis> future) {
        if (future.cancel(true)) {
            workers.setMaximumPoolSize(workers.getMaximumPoolSize() + 1);
            workers.setCorePoolSize(workers.getCorePoolSize() + 1);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
