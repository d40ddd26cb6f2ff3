package dev.storyline.server;

import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import dev.storyline.store.CorpusIngester;
import dev.storyline.store.StoreViews.IngestSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Posted documents waiting to be stored, analyzed one body at a time on a thread of their own, so that a long ingest
 * holds no request thread and readers never wait behind it. Each body becomes a job whose status a client polls.
 * At most {@link #MAX_WAITING} jobs wait; more are refused with 503 rather than queued without bound.
 *
 * <p>No document holds the queue longer than its time budget: the {@link CorpusIngester} skips a document whose
 * extraction and analysis exceed {@link ServerSettings#documentBudget()} (the job is then done, with the document among
 * its skipped ones and the reason), and analyzes before it commits, so the store is never held while a document is
 * analyzed.
 */
final class IngestQueue implements AutoCloseable {

    /** Jobs that may wait for the ingest thread at once. */
    static final int MAX_WAITING = 8;
    /** Finished jobs whose status is kept for clients to read. */
    static final int KEPT = 100;

    /** Where a job is. */
    enum Status { QUEUED, RUNNING, DONE, FAILED }

    /**
     * One posted body.
     *
     * @param id        the job's number, in the order bodies arrived
     * @param status    where it is
     * @param statusUrl where a client reads this job's status
     * @param documents documents read from the body
     * @param summary   what the store did with them, once done
     * @param error     why it failed, once failed
     */
    record IngestJob(long id, Status status, String statusUrl, int documents, IngestSummary summary, String error) {

        IngestJob with(Status next, IngestSummary result, String failure) {
            return new IngestJob(id, next, statusUrl, documents, result, failure);
        }
    }

    private final CorpusIngester ingester;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread named = new Thread(runnable, "storyline-ingest");
        named.setDaemon(true);
        return named;
    });
    private final Map<Long, IngestJob> jobs = new LinkedHashMap<>();
    private long lastId;
    private int waiting;

    IngestQueue(CorpusIngester ingester) {
        this.ingester = ingester;
    }

    /** Queues documents read from one body, with the parts of it that could not be read; 503 when the queue is full. */
    synchronized IngestJob submit(List<RawDocument> documents, List<SkippedInput> skipped) {
        if (waiting >= MAX_WAITING) {
            throw new ApiError(503, MAX_WAITING + " posted bodies are already waiting to be stored: try again later");
        }
        long id = ++lastId;
        IngestJob job = new IngestJob(id, Status.QUEUED, "/api/ingests/" + id, documents.size(), null, null);
        put(job);
        waiting++;
        thread.execute(() -> run(job, documents, skipped));
        return job;
    }

    /** The job with this id, while it is kept. */
    synchronized Optional<IngestJob> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(IngestJob job, List<RawDocument> documents, List<SkippedInput> skipped) {
        synchronized (this) {
            waiting--;
            put(job.with(Status.RUNNING, null, null));
        }
        IngestJob finished;
        try {
            finished = job.with(Status.DONE, ingester.ingest(documents, skipped), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            finished = job.with(Status.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        synchronized (this) {
            put(finished);
        }
    }

    private void put(IngestJob job) {
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT + MAX_WAITING) {
            Long oldest = jobs.keySet().iterator().next();
            jobs.remove(oldest);
        }
    }

    /** Lets the job under way finish (up to a minute; its batches are committed one by one either way), then stops. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
