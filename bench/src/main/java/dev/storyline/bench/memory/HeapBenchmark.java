package dev.storyline.bench.memory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.bench.SharedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench heap}: the smallest maximum heap ({@code -Xmx}) in which {@code analyze}, {@code ingest}
 * and {@code serve} do their work on generated documents, found by running each as a child JVM of the CLI jar and
 * bisecting over a ladder of heap sizes ({@link HeapSearch}). For each command it prints the smallest heap that
 * completed with its wall time and peak resident set, the ladder step below it and how that run failed, and the
 * reference run in the largest heap. These figures are what the launcher's default heap is chosen from.
 */
@Command(name = "heap", mixinStandardHelpOptions = true,
        description = {"The smallest -Xmx in which analyze, ingest and serve complete, on generated documents: each command "
                + "runs as a child JVM of cli/target/storyline.jar (with -XX:+ExitOnOutOfMemoryError), first in the largest "
                + "heap, then bisecting over heap sizes a fixed percentage apart.",
                "A run completes when it exits 0 with every document in the report (analyze) or the store (ingest), or, for "
                        + "serve (on the store of the ingested documents), when it answers every API request without a 5xx; "
                        + "and within --time-factor times the run in the largest heap.",
                "Exit code: 0 when every command completed in some heap, 1 when one did not even in --max-heap."})
public final class HeapBenchmark implements Callable<Integer> {

    @Option(names = "--commands", split = ",", paramLabel = "COMMAND", defaultValue = "analyze,ingest,serve",
            converter = CommandConverter.class,
            description = "Commands to measure, comma-separated, of analyze, ingest, serve (default: ${DEFAULT-VALUE}).")
    List<MeasuredCommand> commands;

    @Option(names = "--analyze-documents", paramLabel = "N", defaultValue = "5000",
            description = "Generated documents analyze reads (default: ${DEFAULT-VALUE}).")
    int analyzeDocuments;

    @Option(names = "--ingest-documents", paramLabel = "N", defaultValue = "50000",
            description = "Generated documents ingest stores, and the store serve opens holds (default: ${DEFAULT-VALUE}).")
    int ingestDocuments;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the document generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-heap", paramLabel = "MB", defaultValue = "64",
            description = "Smallest heap tried, in MiB (default: ${DEFAULT-VALUE}).")
    int minHeap;

    @Option(names = "--max-heap", paramLabel = "MB", defaultValue = "4096",
            description = "Largest heap, where each command runs first, in MiB (default: ${DEFAULT-VALUE}).")
    int maxHeap;

    @Option(names = "--step", paramLabel = "PERCENT", defaultValue = "10",
            description = "Ratio between neighbouring heap sizes, hence the resolution of the answer (default: ${DEFAULT-VALUE} %%).")
    double stepPercent;

    @Option(names = "--time-factor", paramLabel = "X", defaultValue = "4",
            description = "A run in a smaller heap may take X times the run in the largest heap, at least 60 s (default: ${DEFAULT-VALUE}).")
    double timeFactor;

    @Option(names = "--reference-minutes", paramLabel = "M", defaultValue = "60",
            description = "Time limit of the run in the largest heap (default: ${DEFAULT-VALUE}).")
    int referenceMinutes;

    @Option(names = "--serve-requests", paramLabel = "N", defaultValue = "200",
            description = "API requests serve must answer after the story list: story pages, searches, documents, lists (default: ${DEFAULT-VALUE}).")
    int serveRequests;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Directory for the inputs, the store and each run's log, kept afterwards (default: a temporary directory, deleted).")
    Path work;

    @Option(names = "--store", paramLabel = "DIR",
            description = "An existing store for serve to open instead of ingesting --ingest-documents generated documents "
                    + "(its document pages are asked for as gen-0 to gen-<N-1>: give --ingest-documents its size).")
    Path store;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs shorter than this are not cut, however fast the reference was: JVM start-up and noise dominate them. */
    private static final Duration LIMIT_FLOOR = Duration.ofSeconds(60);

    /** Parses command names in any case. */
    static final class CommandConverter implements CommandLine.ITypeConverter<MeasuredCommand> {
        @Override
        public MeasuredCommand convert(String value) {
            try {
                return MeasuredCommand.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is none of analyze, ingest, serve");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        check(analyzeDocuments >= 1 && ingestDocuments >= 1, "--analyze-documents and --ingest-documents must be at least 1");
        check(serveRequests >= 1, "--serve-requests must be at least 1");
        check(timeFactor >= 1, "--time-factor must be at least 1");
        check(referenceMinutes >= 1, "--reference-minutes must be at least 1");
        check(minHeap >= 1 && maxHeap >= minHeap && stepPercent > 0, "need 1 <= --min-heap <= --max-heap and --step > 0");
        check(store == null || Files.isDirectory(store), "--store must name a store directory: " + store);
        Path jar = SharedData.home().resolve("cli/target/storyline.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            System.err.println("storyline bench heap: missing " + jar + " (set STORYLINE_HOME, or build it with "
                    + "./mvnw -pl cli -am install -DskipTests)");
            return 1;
        }
        Path directory = (work != null ? Files.createDirectories(work) : Files.createTempDirectory("storyline-heap")).toAbsolutePath();
        try {
            // Every run uses the same build, even if the checkout is rebuilt while the search runs.
            Path copy = Files.copy(jar, directory.resolve("storyline.jar"), StandardCopyOption.REPLACE_EXISTING);
            System.err.printf(Locale.ROOT, "heap: measuring a copy of %s (built %s) in %s%n", jar,
                    Files.getLastModifiedTime(jar), directory);
            HeapSettings settings = new HeapSettings(List.copyOf(commands), analyzeDocuments, ingestDocuments, seed,
                    HeapLadder.geometric(minHeap, maxHeap, stepPercent),
                    new HeapSearch.TimeLimits(Duration.ofMinutes(referenceMinutes), timeFactor, LIMIT_FLOOR),
                    serveRequests, copy, directory, Optional.ofNullable(store).map(path -> path.toAbsolutePath().normalize()));
            CommandTrials trials = new CommandTrials(settings);
            Map<MeasuredCommand, HeapSearch.Result> results = new LinkedHashMap<>();
            for (MeasuredCommand command : orderedForReuse(settings.commands())) {
                results.put(command, HeapSearch.search(settings.ladder(), settings.limits(), logged(command, trials.trial(command))));
            }
            Map<MeasuredCommand, HeapSearch.Result> inOrder = new LinkedHashMap<>();
            settings.commands().forEach(command -> inOrder.put(command, results.get(command)));
            if (json) {
                System.out.println(json(settings, inOrder, trials.servePreparation()));
            } else {
                print(settings, inOrder, trials.servePreparation());
            }
            return inOrder.values().stream().allMatch(result -> result.smallest().isPresent()) ? 0 : 1;
        } finally {
            if (work == null) {
                CommandTrials.deleteTree(directory);
            }
        }
    }

    /** Ingest before serve, so that serve opens the store of ingest's reference run instead of ingesting again. */
    static List<MeasuredCommand> orderedForReuse(List<MeasuredCommand> commands) {
        return commands.stream().distinct().sorted().toList();
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    /** The trial, telling on stderr what runs and how it ended, since a search at full size takes a while. */
    private static HeapSearch.Trial logged(MeasuredCommand command, HeapSearch.Trial trial) {
        return (heapMb, limit) -> {
            System.err.printf(Locale.ROOT, "heap: %s in %d MB (limit %d s)...%n", command.cliName(), heapMb, limit.toSeconds());
            Attempt attempt = trial.run(heapMb, limit);
            System.err.printf(Locale.ROOT, "heap: %s in %d MB: %s after %.1f s, peak RSS %s MB, %s; %s%n", command.cliName(),
                    heapMb, attempt.outcome().description(), attempt.wallSeconds(), megabytes(attempt.peakRssBytes()),
                    collector(attempt), attempt.detail());
            return attempt;
        };
    }

    private int documents(MeasuredCommand command) {
        return command == MeasuredCommand.ANALYZE ? analyzeDocuments : ingestDocuments;
    }

    private void print(HeapSettings settings, Map<MeasuredCommand, HeapSearch.Result> results, Optional<Attempt> preparation) {
        HeapLadder ladder = settings.ladder();
        System.out.printf(Locale.ROOT, "Smallest -Xmx per command: child JVMs of a copy of %s with -XX:+ExitOnOutOfMemoryError, %d cores, Java %s%n",
                "cli/target/storyline.jar", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "Heaps tried: %d to %d MB, each %.0f %% above the one before (%d sizes), bisected after a run in %d MB.%n",
                ladder.get(0), ladder.largest(), stepPercent, ladder.size(), ladder.largest());
        System.out.printf(Locale.ROOT, "A run completes when it exits 0 with all its documents (serve: %d API requests answered, no 5xx) "
                + "within %.0fx the %d MB run's time (at least %d s).%n", serveRequests + 1, timeFactor, ladder.largest(), LIMIT_FLOOR.toSeconds());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-8s %9s  %10s %8s %9s %6s %10s  %-46s  %s%n", "command", "documents", "smallest", "wall s",
                "peak RSS", "GC %", "live max", "next step down: how it failed", "in the largest heap");
        for (Map.Entry<MeasuredCommand, HeapSearch.Result> entry : results.entrySet()) {
            HeapSearch.Result result = entry.getValue();
            Attempt reference = result.reference();
            String largest = String.format(Locale.ROOT, "%d MB: %s, %.1f s, peak RSS %s MB", reference.heapMb(),
                    reference.outcome().description(), reference.wallSeconds(), megabytes(reference.peakRssBytes()));
            String below = result.failedBelow().map(HeapBenchmark::failure)
                    .orElse(result.smallest().isPresent() ? "none: the smallest size tried" : "-");
            if (result.smallest().isPresent()) {
                Attempt smallest = result.smallest().get();
                System.out.printf(Locale.ROOT, "%-8s %9d  %7d MB %8.1f %6s MB %6.0f %7s MB  %-46s  %s%n", entry.getKey().cliName(),
                        documents(entry.getKey()), smallest.heapMb(), smallest.wallSeconds(), megabytes(smallest.peakRssBytes()),
                        100 * smallest.gc().pauseShare(smallest.wallSeconds()), String.format(Locale.ROOT, "%,d", smallest.gc().maxAfterMb()),
                        below, largest);
            } else {
                System.out.printf(Locale.ROOT, "%-8s %9d  %10s %8s %9s %6s %10s  %-46s  %s (%s)%n", entry.getKey().cliName(),
                        documents(entry.getKey()), "none", "-", "-", "-", "-", "-", largest, reference.detail());
            }
        }
        System.out.println();
        for (Map.Entry<MeasuredCommand, HeapSearch.Result> entry : results.entrySet()) {
            List<String> runs = new ArrayList<>();
            for (Attempt attempt : entry.getValue().attempts()) {
                runs.add(String.format(Locale.ROOT, "%d MB %s (%.1f s)", attempt.heapMb(),
                        attempt.completed() ? "ok" : attempt.outcome().name(), attempt.wallSeconds()));
            }
            System.out.printf(Locale.ROOT, "%s runs, in order (limit after the first: %d s): %s%n", entry.getKey().cliName(),
                    entry.getValue().limit().toSeconds(), String.join(", ", runs));
        }
        preparation.ifPresent(attempt -> System.out.printf(Locale.ROOT,
                "serve's store: %d documents ingested in %d MB in %.1f s%n", ingestDocuments, attempt.heapMb(), attempt.wallSeconds()));
        settings.givenStore().ifPresent(given -> System.out.printf(Locale.ROOT, "serve's store: %s, as given%n", given));
        System.out.println("GC %: the collector's pauses as a share of the run's wall time; live max: the most heap in use "
                + "after a collection (an upper estimate of the live data); peak RSS: the child's resident set (VmHWM).");
        System.out.println("Failure kinds: OUT_OF_HEAP (OutOfMemoryError: Java heap space), GC_OVERHEAD, OUT_OF_OTHER_MEMORY "
                + "(metaspace, direct buffers, threads), TIMED_OUT (over the limit, usually collecting garbage), INCOMPLETE "
                + "(documents missing), SERVER_ERROR (a 5xx or no answer), FAILED (another error).");
    }

    /** The collector's work in a run, in words. */
    private static String collector(Attempt attempt) {
        GcSummary gc = attempt.gc();
        return String.format(Locale.ROOT, "GC pauses %.1f s (%.0f %% of the run), %d full, at most %,d MB in use after a collection",
                gc.pauseSeconds(), 100 * gc.pauseShare(attempt.wallSeconds()), gc.fullCollections(), gc.maxAfterMb());
    }

    private static String failure(Attempt attempt) {
        return String.format(Locale.ROOT, "%d MB: %s after %.1f s, GC %.0f %%", attempt.heapMb(), attempt.outcome().name(),
                attempt.wallSeconds(), 100 * attempt.gc().pauseShare(attempt.wallSeconds()));
    }

    private String json(HeapSettings settings, Map<MeasuredCommand, HeapSearch.Result> results, Optional<Attempt> preparation) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode line = mapper.createObjectNode();
        line.put("bench", "heap");
        line.put("cores", Runtime.getRuntime().availableProcessors());
        line.put("java", System.getProperty("java.version"));
        line.put("min_heap_mb", settings.ladder().get(0));
        line.put("max_heap_mb", settings.ladder().largest());
        line.put("step_percent", stepPercent);
        line.put("time_factor", timeFactor);
        line.put("serve_requests", serveRequests + 1);
        line.put("seed", seed);
        ArrayNode measured = line.putArray("commands");
        for (Map.Entry<MeasuredCommand, HeapSearch.Result> entry : results.entrySet()) {
            HeapSearch.Result result = entry.getValue();
            ObjectNode node = measured.addObject();
            node.put("command", entry.getKey().cliName());
            node.put("documents", documents(entry.getKey()));
            node.set("smallest", result.smallest().map(attempt -> attempt(mapper, attempt)).orElse(null));
            node.set("failed_below", result.failedBelow().map(attempt -> attempt(mapper, attempt)).orElse(null));
            node.set("reference", attempt(mapper, result.reference()));
            node.put("limit_seconds", result.limit().toSeconds());
            ArrayNode attempts = node.putArray("attempts");
            result.attempts().forEach(attempt -> attempts.add(attempt(mapper, attempt)));
        }
        preparation.ifPresent(attempt -> line.set("serve_store_ingest", attempt(mapper, attempt)));
        settings.givenStore().ifPresent(given -> line.put("serve_store", given.toString()));
        return line.toString();
    }

    private static ObjectNode attempt(ObjectMapper mapper, Attempt attempt) {
        ObjectNode node = mapper.createObjectNode();
        node.put("heap_mb", attempt.heapMb());
        node.put("outcome", attempt.outcome().name());
        node.put("seconds", Math.round(attempt.wallSeconds() * 10) / 10.0);
        node.put("peak_rss_mb", Math.round(attempt.peakRssBytes() / 1048576.0));
        node.put("gc_pause_seconds", Math.round(attempt.gc().pauseSeconds() * 10) / 10.0);
        node.put("full_gcs", attempt.gc().fullCollections());
        node.put("max_heap_after_gc_mb", attempt.gc().maxAfterMb());
        node.put("detail", attempt.detail());
        return node;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d", Math.round(bytes / 1048576.0));
    }
}
