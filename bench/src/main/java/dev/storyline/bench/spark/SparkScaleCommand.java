package dev.storyline.bench.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storyline.bench.clustering.ClusterMetrics;
import dev.storyline.bench.spark.StandaloneCluster.DeployMode;
import dev.storyline.bench.spark.StandaloneCluster.JobResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code storyline bench spark-scale}: for each corpus size, generates documents and analyzes them as child
 * processes four ways: the single-JVM command line, the Spark job on {@code local[1]} and on {@code local[2]}, and
 * the job on a two-worker standalone cluster. Prints documents/s, the speed-up of a second core, peak memory and the
 * share of time per stage, each run bounded by a time limit.
 */
@Command(name = "spark-scale", mixinStandardHelpOptions = true,
        description = "Documents/s, speed-up per core, memory and time per stage: single JVM vs Spark local[1], local[2] and a 2-worker cluster.")
public final class SparkScaleCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "20000,100000", description = "Corpus sizes in documents (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--files", defaultValue = "4", description = "JSON Lines files per generated corpus (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--partitions", defaultValue = "8", description = "Partitions the Spark job splits its input into (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--heap", defaultValue = "6g", description = "Heap of the single JVM and of the local[n] Spark JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--driver-memory", defaultValue = "2g", description = "Heap of the cluster's driver (default: ${DEFAULT-VALUE}).")
    String driverMemory;

    @Option(names = "--executor-memory", defaultValue = "3g", description = "Heap of each of the cluster's executors (default: ${DEFAULT-VALUE}).")
    String executorMemory;

    @Option(names = "--runs", split = ",", defaultValue = "single,local1,local2,cluster",
            description = "Which runs, of single, local1, local2, cluster (default: ${DEFAULT-VALUE}).")
    List<String> runs;

    @Option(names = "--timeout-minutes", defaultValue = "30", description = "Time limit of each run; a run over it is stopped (default: ${DEFAULT-VALUE}).")
    int timeoutMinutes;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the document generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path out;

    private static final int WORKERS = 2;
    private static final int WORKER_CORES = 2;

    /** The runs at one size. */
    private record SizeResult(int size, List<RunResult> runs, String clusterNote, Map<String, ClusterMetrics.Scores> agreement) {
    }

    @Override
    public Integer call() throws Exception {
        SparkSetup setup;
        try {
            setup = SparkSetup.locate();
            if (runs.contains("single")) {
                setup.cliJar();
            }
        } catch (IllegalStateException e) {
            System.err.println("storyline bench spark-scale: " + e.getMessage());
            return 2;
        }
        JobRunner runner = new JobRunner(setup, Duration.ofMinutes(timeoutMinutes));
        List<SizeResult> results = new ArrayList<>();
        for (int size : sizes) {
            Path work = Files.createTempDirectory("storyline-spark-scale");
            try {
                System.out.printf(Locale.ROOT, "%d documents: generating %d files...%n", size, files);
                Path corpus = work.resolve("corpus");
                GeneratedInputs.write(corpus, size, files, seed);
                List<String> inputs = List.of(corpus.toString());
                results.add(runSize(setup, runner, size, inputs, work));
            } finally {
                StandaloneCluster.deleteTree(work);
            }
        }
        print(results);
        if (out != null) {
            writeJson(results);
            System.out.println("figures written to " + out.toAbsolutePath());
        }
        boolean allFinished = results.stream().allMatch(result -> result.runs().stream().allMatch(RunResult::finished));
        return allFinished ? 0 : 1;
    }

    private SizeResult runSize(SparkSetup setup, JobRunner runner, int size, List<String> inputs, Path work) throws Exception {
        List<RunResult> done = new ArrayList<>();
        String clusterNote = null;
        if (runs.contains("single")) {
            done.add(announce(runner.singleJvm("single JVM", inputs, work.resolve("single"), heap)));
        }
        if (runs.contains("local1")) {
            done.add(announce(runner.local("local[1]", "local[1]", inputs, work.resolve("local1"), heap, partitions)));
        }
        if (runs.contains("local2")) {
            done.add(announce(runner.local("local[2]", "local[2]", inputs, work.resolve("local2"), heap, partitions)));
        }
        if (runs.contains("cluster")) {
            JobResources resources = new JobResources(driverMemory, executorMemory, partitions);
            StandaloneCluster cluster = null;
            try {
                cluster = StandaloneCluster.start(setup, WORKERS, WORKER_CORES, resources.workerMemory(), Duration.ofMinutes(2));
                JobRunner.ClusterRun run = runner.cluster("2 workers", cluster, DeployMode.CLUSTER, resources, inputs,
                        work.resolve("cluster"), false);
                done.add(announce(run.result()));
                if (!run.result().finished()) {
                    System.out.println(cluster.diagnostics(15));
                }
            } catch (IllegalStateException e) {
                clusterNote = "the cluster did not start: " + e.getMessage().lines().findFirst().orElse("");
                System.out.println(clusterNote);
            } finally {
                if (cluster != null) {
                    cluster.close();
                    clusterNote = cluster.portsStillListening().isEmpty() && cluster.survivors().isEmpty()
                            ? "cluster stopped, no port left listening"
                            : "cluster left ports " + cluster.portsStillListening() + " listening and "
                            + cluster.survivors().size() + " processes alive";
                }
            }
        }
        return new SizeResult(size, done, clusterNote, agreement(done, work));
    }

    /** Each finished Spark run's events scored against the single JVM's, when both finished. */
    private static Map<String, ClusterMetrics.Scores> agreement(List<RunResult> done, Path work) {
        Map<String, ClusterMetrics.Scores> scores = new LinkedHashMap<>();
        RunResult single = done.stream().filter(run -> run.label().equals("single JVM")).findFirst().orElse(null);
        if (single == null || !single.finished()) {
            return scores;
        }
        Map<String, String> directories = Map.of("local[1]", "local1", "local[2]", "local2", "2 workers", "cluster");
        for (RunResult run : done) {
            String directory = directories.get(run.label());
            if (directory != null && run.finished()) {
                try {
                    scores.put(run.label(), EventAgreement.of(work.resolve("single"), work.resolve(directory)));
                } catch (IOException | RuntimeException e) {
                    System.out.println("  cannot compare the events of " + run.label() + ": " + e.getMessage());
                }
            }
        }
        return scores;
    }

    private static RunResult announce(RunResult result) {
        System.out.printf(Locale.ROOT, "  %-10s %s in %.1f s%s%n", result.label(), result.status().name().toLowerCase(Locale.ROOT),
                result.wallSeconds(), result.problem() == null ? "" : ": " + result.problem());
        return result;
    }

    private void print(List<SizeResult> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%8s %-11s %-24s %8s %8s %8s %9s %9s %9s %9s  %s%n", "size", "run", "status", "wall s",
                "docs", "docs/s", "vs local1", "peak RSS", "drv heap", "exec heap", "time per stage");
        for (SizeResult size : results) {
            RunResult oneCore = find(size, "local[1]");
            for (RunResult run : size.runs()) {
                String status = run.status() == RunResult.Status.TIMED_OUT ? run.problem()
                        : run.status().name().toLowerCase(Locale.ROOT);
                JobSummary summary = run.summary();
                System.out.printf(Locale.ROOT, "%8d %-11s %-24s %8.1f %8s %8s %9s %9s %9s %9s  %s%n", size.size(), run.label(),
                        status, run.wallSeconds(), summary == null ? "-" : Long.toString(summary.documents()),
                        number(run.documentsPerSecond()), speedUp(run, oneCore), megabytes(run.peakRssBytes()),
                        megabytes(summary == null ? -1 : summary.driverHeapBytes()),
                        megabytes(summary == null ? -1 : summary.executorPeakHeapBytes()), stageShares(summary));
            }
            RunResult twoCores = find(size, "local[2]");
            if (oneCore != null && twoCores != null && oneCore.finished() && twoCores.finished()) {
                double speedUp = twoCores.documentsPerSecond() / oneCore.documentsPerSecond();
                System.out.printf(Locale.ROOT, "%8s local[2] over local[1]: x%.2f, %+.0f%% for the added core%n", "",
                        speedUp, (speedUp - 1) * 100);
            }
            List<String> counts = size.runs().stream().filter(RunResult::finished).map(run -> run.summary().counts())
                    .distinct().toList();
            if (counts.size() > 1) {
                System.out.printf(Locale.ROOT, "%8s the runs' counts differ: %s%n", "", size.runs().stream().filter(RunResult::finished)
                        .map(run -> run.label() + ": " + run.summary().counts()).collect(Collectors.joining("; ")));
            }
            size.agreement().forEach((label, scores) -> System.out.printf(Locale.ROOT,
                    "%8s events of %s against the single JVM's: BCubed F1 %.4f (precision %.4f, recall %.4f), %d against %d events%n",
                    "", label, scores.bcubedF1(), scores.bcubedPrecision(), scores.bcubedRecall(), scores.predictedClusters(),
                    scores.goldClusters()));
            if (size.clusterNote() != null) {
                System.out.printf(Locale.ROOT, "%8s %s%n", "", size.clusterNote());
            }
        }
        System.out.println("peak RSS: sum of the peak resident sets of the run's JVMs (/proc VmHWM; for the cluster, driver, "
                + "executors and spark-submit). drv heap: the driver's heap after GC; exec heap: the executors' peak heap (summary.json).");
    }

    private static RunResult find(SizeResult size, String label) {
        return size.runs().stream().filter(run -> run.label().equals(label)).findFirst().orElse(null);
    }

    private static String speedUp(RunResult run, RunResult oneCore) {
        if (oneCore == null || !oneCore.finished() || !run.finished()) {
            return "-";
        }
        return String.format(Locale.ROOT, "x%.2f", run.documentsPerSecond() / oneCore.documentsPerSecond());
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String megabytes(long bytes) {
        return bytes <= 0 ? "-" : String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }

    /** Each stage's share of the stages' total time, in the job's order. */
    private static String stageShares(JobSummary summary) {
        if (summary == null || summary.stages().isEmpty()) {
            return "-";
        }
        double total = summary.stages().values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return "-";
        }
        return summary.stages().entrySet().stream()
                .map(stage -> String.format(Locale.ROOT, "%s %.0f%%", stage.getKey(), 100 * stage.getValue() / total))
                .collect(Collectors.joining(", "));
    }

    private void writeJson(List<SizeResult> results) throws java.io.IOException {
        List<Map<String, Object>> sizesJson = new ArrayList<>();
        for (SizeResult size : results) {
            List<Map<String, Object>> runsJson = new ArrayList<>();
            for (RunResult run : size.runs()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("run", run.label());
                json.put("status", run.status().name().toLowerCase(Locale.ROOT));
                json.put("wallSeconds", run.wallSeconds());
                json.put("peakRssBytes", run.peakRssBytes());
                if (run.finished()) {
                    JobSummary summary = run.summary();
                    json.put("documents", summary.documents());
                    json.put("skipped", summary.skipped());
                    json.put("families", summary.families());
                    json.put("events", summary.events());
                    json.put("stories", summary.stories());
                    json.put("documentsPerSecond", run.documentsPerSecond());
                    json.put("jobSeconds", summary.seconds());
                    json.put("stages", summary.stages());
                    json.put("driverHeapBytes", summary.driverHeapBytes());
                    json.put("executorPeakHeapBytes", summary.executorPeakHeapBytes());
                }
                if (run.problem() != null) {
                    json.put("problem", run.problem());
                }
                runsJson.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("documents", size.size());
            json.put("runs", runsJson);
            RunResult one = find(size, "local[1]");
            RunResult two = find(size, "local[2]");
            if (one != null && two != null && one.finished() && two.finished()) {
                json.put("speedUpLocal2OverLocal1", two.documentsPerSecond() / one.documentsPerSecond());
            }
            if (size.clusterNote() != null) {
                json.put("cluster", size.clusterNote());
            }
            Map<String, Object> agreement = new LinkedHashMap<>();
            size.agreement().forEach((label, scores) -> agreement.put(label, Map.of("bcubedF1", scores.bcubedF1(),
                    "bcubedPrecision", scores.bcubedPrecision(), "bcubedRecall", scores.bcubedRecall(),
                    "events", scores.predictedClusters(), "singleJvmEvents", scores.goldClusters())));
            json.put("eventsAgainstSingleJvm", agreement);
            sizesJson.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("bench", "spark-scale");
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("timeoutMinutes", timeoutMinutes);
        root.put("sizes", sizesJson);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), root);
    }
}
