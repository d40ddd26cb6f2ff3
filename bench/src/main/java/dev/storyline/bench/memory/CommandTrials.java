package dev.storyline.bench.memory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.bench.store.GeneratedCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs {@code analyze}, {@code ingest} and {@code serve} of the CLI jar as child JVMs in a given heap, on generated
 * documents, and says whether each run did all its work: every document in {@code analyze}'s report or added to
 * {@code ingest}'s store, every API request answered by {@code serve}. Each run gets a fresh output directory, deleted
 * afterwards; the log of each run stays under {@code work/logs}.
 *
 * <p>{@code serve} opens the store it is given, else the store of the first {@code ingest} run that completed (the
 * reference run in the largest heap, so the same documents), or, when {@code ingest} is not measured, one ingested
 * for it in the largest heap.
 */
final class CommandTrials {

    private final HeapSettings settings;
    private Path analyzeInput;
    private Path ingestInput;
    private Path serveStore;
    private Optional<Attempt> servePreparation = Optional.empty();

    CommandTrials(HeapSettings settings) {
        this.settings = settings;
        this.serveStore = settings.givenStore().orElse(null);
    }

    /** The trial of one command, for {@link HeapSearch}. */
    HeapSearch.Trial trial(MeasuredCommand command) {
        return switch (command) {
            case ANALYZE -> this::analyze;
            case INGEST -> this::ingest;
            case SERVE -> this::serve;
        };
    }

    /** The ingest that made the store {@code serve} opened, when {@code ingest} itself was not measured. */
    Optional<Attempt> servePreparation() {
        return servePreparation;
    }

    private Attempt analyze(int heapMb, Duration limit) throws IOException, InterruptedException {
        if (analyzeInput == null) {
            analyzeInput = generate("analyze", settings.analyzeDocuments());
        }
        Path out = settings.work().resolve("runs/analyze-" + heapMb + "m");
        deleteTree(out);
        try (ChildJvm child = ChildJvm.start(settings.cliJar(), heapMb,
                List.of("analyze", analyzeInput.toString(), "--out", out.toString(), "--quiet"), log("analyze", heapMb))) {
            Optional<Integer> exit = child.awaitExit(deadline(limit));
            Attempt ended = ended(heapMb, child, exit, limit);
            if (ended != null) {
                return ended;
            }
            long documents = reportDocuments(out.resolve("report.json"));
            Outcome outcome = documents == settings.analyzeDocuments() ? Outcome.COMPLETED : Outcome.INCOMPLETE;
            return new Attempt(heapMb, outcome, child.elapsedSeconds(), child.peakRssBytes(), child.gc(),
                    String.format(Locale.ROOT, "report of %d of %d documents", documents, settings.analyzeDocuments()));
        } finally {
            deleteTree(out);
        }
    }

    private Attempt ingest(int heapMb, Duration limit) throws IOException, InterruptedException {
        Path store = settings.work().resolve("runs/ingest-" + heapMb + "m");
        Attempt attempt = ingestInto(store, heapMb, limit);
        if (attempt.completed() && serveStore == null) {
            serveStore = settings.work().resolve("serve-store");
            deleteTree(serveStore);
            Files.move(store, serveStore);
        } else {
            deleteTree(store);
        }
        return attempt;
    }

    private Attempt ingestInto(Path store, int heapMb, Duration limit) throws IOException, InterruptedException {
        if (ingestInput == null) {
            ingestInput = generate("ingest", settings.ingestDocuments());
        }
        deleteTree(store);
        try (ChildJvm child = ChildJvm.start(settings.cliJar(), heapMb,
                List.of("ingest", ingestInput.toString(), "--data", store.toString()), log("ingest", heapMb))) {
            Optional<Integer> exit = child.awaitExit(deadline(limit));
            Attempt ended = ended(heapMb, child, exit, limit);
            if (ended != null) {
                return ended;
            }
            Optional<IngestCounts> counts = IngestCounts.find(child.output());
            int added = counts.map(IngestCounts::added).orElse(0);
            Outcome outcome = added == settings.ingestDocuments() ? Outcome.COMPLETED : Outcome.INCOMPLETE;
            String detail = counts.map(c -> String.format(Locale.ROOT, "%d of %d documents added, %d skipped",
                    c.added(), settings.ingestDocuments(), c.skipped())).orElse("printed no summary line");
            return new Attempt(heapMb, outcome, child.elapsedSeconds(), child.peakRssBytes(), child.gc(), detail);
        }
    }

    private Attempt serve(int heapMb, Duration limit) throws IOException, InterruptedException {
        if (serveStore == null) {
            Path store = settings.work().resolve("serve-store");
            System.err.printf(Locale.ROOT, "heap: ingesting %d documents in %d MB for serve's store...%n",
                    settings.ingestDocuments(), settings.ladder().largest());
            Attempt preparation = ingestInto(store, settings.ladder().largest(), settings.limits().reference());
            servePreparation = Optional.of(preparation);
            if (!preparation.completed()) {
                throw new IOException("could not ingest the store for serve in " + settings.ladder().largest()
                        + " MB: " + preparation.outcome().description() + ", " + preparation.detail());
            }
            serveStore = store;
        }
        long deadline = deadline(limit);
        try (ChildJvm child = ChildJvm.start(settings.cliJar(), heapMb,
                List.of("serve", "--data", serveStore.toString(), "--port", "0"), log("serve", heapMb))) {
            Optional<Integer> port = Optional.empty();
            while (port.isEmpty() && child.alive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                port = ServeProbe.listeningPort(child.output());
            }
            if (port.isEmpty()) {
                Optional<Integer> exit = child.awaitExit(System.nanoTime() + 2_000_000_000L);
                Attempt ended = ended(heapMb, child, exit, limit);
                return ended != null ? ended : failedServe(heapMb, child, "exited 0 before listening");
            }
            double ready = child.elapsedSeconds();
            String base = "http://127.0.0.1:" + port.get();
            JsonNode stories;
            try {
                stories = ServeProbe.storyList(base);
            } catch (IOException e) {
                return failedServe(heapMb, child, "GET /api/stories: " + e.getMessage());
            }
            List<String> paths = ServeProbe.paths(stories, settings.ingestDocuments(), settings.serveRequests(), settings.seed());
            ServeProbe.Answers answers = ServeProbe.send(base, paths, deadline);
            double wall = child.elapsedSeconds();
            if (answers.failure().isPresent()) {
                return failedServe(heapMb, child, answers.failure().get());
            }
            if (answers.answered() < paths.size()) {
                return new Attempt(heapMb, Outcome.TIMED_OUT, wall, child.peakRssBytes(), child.gc(), String.format(Locale.ROOT,
                        "answered %d of %d requests in the %d s limit", answers.answered() + 1, paths.size() + 1, limit.toSeconds()));
            }
            if (!child.alive()) {
                return failedServe(heapMb, child, "exited while answering");
            }
            return new Attempt(heapMb, Outcome.COMPLETED, wall, child.peakRssBytes(), child.gc(), String.format(Locale.ROOT,
                    "listening after %.1f s, then %d requests answered in %.1f s", ready, paths.size() + 1, wall - ready));
        }
    }

    /** A serve run that failed: by the memory error it died of, if it died of one, else as a server error. */
    private static Attempt failedServe(int heapMb, ChildJvm child, String what) throws InterruptedException {
        double wall = child.elapsedSeconds();
        long rss = child.peakRssBytes();
        Optional<Integer> exit = child.awaitExit(System.nanoTime() + 2_000_000_000L);
        if (exit.isPresent() && exit.get() != 0) {
            Outcome outcome = Outcome.ofFailure(child.output());
            return new Attempt(heapMb, outcome, wall, rss, child.gc(), why(child, outcome, exit.get()) + " (" + what + ")");
        }
        return new Attempt(heapMb, Outcome.SERVER_ERROR, wall, rss, child.gc(), what);
    }

    /**
     * The attempt of a run that timed out or exited with an error, or null when it exited 0 and its work is to be
     * checked.
     */
    private static Attempt ended(int heapMb, ChildJvm child, Optional<Integer> exit, Duration limit) throws InterruptedException {
        if (exit.isEmpty()) {
            double wall = child.elapsedSeconds();
            long rss = child.peakRssBytes();
            child.close();
            return new Attempt(heapMb, Outcome.TIMED_OUT, wall, rss, child.gc(), "still running after the " + limit.toSeconds() + " s limit");
        }
        if (exit.get() != 0) {
            Outcome outcome = Outcome.ofFailure(child.output());
            return new Attempt(heapMb, outcome, child.elapsedSeconds(), child.peakRssBytes(), child.gc(), why(child, outcome, exit.get()));
        }
        return null;
    }

    /** The memory error a failed child printed, or the last lines of its log for another failure. */
    private static String why(ChildJvm child, Outcome outcome, int exitCode) {
        String output = child.output();
        if (outcome == Outcome.FAILED) {
            String[] lines = output.strip().split("\\R");
            String tail = String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - 3), lines.length));
            return "exit code " + exitCode + "; " + tail + " (log: " + child.log() + ")";
        }
        return Outcome.memoryLine(output).orElse(outcome.description());
    }

    private Path generate(String name, int documents) throws IOException {
        Path file = settings.work().resolve(name + "-" + documents + ".jsonl");
        new GeneratedCorpus(settings.seed()).write(file, documents, 0, LocalDate.of(2025, 1, 1), 365);
        return file;
    }

    private Path log(String command, int heapMb) {
        return settings.work().resolve("logs/" + command + "-" + heapMb + "m.log");
    }

    private static long deadline(Duration limit) {
        return System.nanoTime() + limit.toNanos();
    }

    /** The length of the top-level {@code documents} array of a report, read as a stream; 0 when there is no report. */
    static long reportDocuments(Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            return 0;
        }
        try (JsonParser parser = new JsonFactory().createParser(report.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("documents") && value == JsonToken.START_ARRAY) {
                    long count = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        count++;
                    }
                    return count;
                }
                parser.skipChildren();
            }
        }
        return 0;
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
