package dev.storyline.bench.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the analysis as a child process in the ways the Spark benchmarks compare: the single-JVM command line, the
 * Spark job on a local master, and the Spark job submitted to a {@link StandaloneCluster}; each bounded by a time
 * limit past which the run is stopped and reported as not finished.
 */
final class JobRunner {

    /**
     * What happened on the cluster while a job ran there: where its driver ran, whether the master listed it as an
     * application, the worker killed if one was, the executors its driver's log says it lost, and the tasks its
     * executors ran in all (retries included), as their logs tell.
     */
    record ClusterRun(RunResult result, Optional<Integer> driverWorker, boolean driverProcessSeen, boolean appRegistered,
                      Optional<Kill> kill, int lostExecutors, Optional<JobProgress> tasks) {
    }

    /**
     * A worker killed in the middle of a job: which, when, how far the job had got, how many tasks its executor was
     * running, and how many JVMs died.
     */
    record Kill(int worker, double secondsIntoRun, JobProgress progress, int tasksRunningThere, int jvmsKilled) {
    }

    private static final long POLL_MILLIS = 250;

    private final SparkSetup setup;
    private final Duration timeout;

    JobRunner(SparkSetup setup, Duration timeout) {
        this.setup = setup;
        this.timeout = timeout;
    }

    /** {@code java -Xmx<heap> -jar cli/target/storyline.jar analyze INPUT... --out OUT --quiet}. */
    RunResult singleJvm(String label, List<String> inputs, Path out, String heap) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SparkSetup.javaExecutable(), "-Xmx" + heap, "-jar",
                setup.cliJar().toString(), "analyze"));
        command.addAll(inputs);
        command.addAll(List.of("--out", out.toString(), "--quiet"));
        Path log = out.resolveSibling(out.getFileName() + ".log");
        long start = System.nanoTime();
        Process process = ProcessTrees.start(command, log, Map.of());
        try (PeakRss rss = PeakRss.ofTree(process.toHandle())) {
            Optional<Integer> exit = await(process);
            double seconds = (System.nanoTime() - start) / 1e9;
            return finish(label, exit, seconds, rss, log, () -> reportCounts(out, seconds));
        }
    }

    /** The Spark job in one JVM on master {@code master} ({@code local[1]}, {@code local[2]}...). */
    RunResult local(String label, String master, List<String> inputs, Path out, String heap, int partitions)
            throws IOException, InterruptedException {
        List<String> command = setup.java(heap, setup.jobClasspath());
        command.add("-Dspark.ui.enabled=false");
        command.addAll(List.of(SparkSetup.MAIN_CLASS, "analyze"));
        command.addAll(inputs);
        command.addAll(List.of("--out", out.toString(), "--master", master, "--partitions", Integer.toString(partitions)));
        Path log = out.resolveSibling(out.getFileName() + ".log");
        long start = System.nanoTime();
        Process process = ProcessTrees.start(command, log, Map.of("SPARK_LOCAL_IP", "127.0.0.1"));
        try (PeakRss rss = PeakRss.ofTree(process.toHandle())) {
            Optional<Integer> exit = await(process);
            return finish(label, exit, (System.nanoTime() - start) / 1e9, rss, log, () -> JobSummary.read(out));
        }
    }

    /**
     * The Spark job submitted to {@code cluster}. With {@code killWorker}, once the job's first tasks have started,
     * kills a worker that does not run the driver, and its executor.
     */
    ClusterRun cluster(String label, StandaloneCluster cluster, StandaloneCluster.DeployMode mode,
                       StandaloneCluster.JobResources resources, List<String> inputs, Path out, boolean killWorker)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(inputs);
        arguments.addAll(List.of("--out", out.toString()));
        Path log = out.resolveSibling(out.getFileName() + ".log");
        long start = System.nanoTime();
        StandaloneCluster.Submission submission = cluster.submit(arguments, mode, resources, log);
        Process client = submission.client();
        Optional<Integer> driverWorker = Optional.empty();
        boolean driverProcessSeen = false;
        String appId = null;
        String driverId = null;
        Optional<Kill> kill = Optional.empty();
        long deadline = start + timeout.toNanos();
        try (PeakRss rss = new PeakRss(() -> clusterJvms(cluster, client))) {
            while (client.isAlive() && System.nanoTime() < deadline) {
                Optional<MasterState> state = cluster.state();
                if (appId == null) {
                    appId = state.flatMap(s -> s.activeApps().stream().findFirst()).map(MasterState.App::id).orElse(null);
                }
                if (mode == StandaloneCluster.DeployMode.CLUSTER && !driverProcessSeen) {
                    driverId = state.flatMap(s -> s.activeDrivers().stream().findFirst()).map(MasterState.Driver::id).orElse(driverId);
                    driverWorker = cluster.workerRunningDriver();
                    driverProcessSeen = driverWorker.map(cluster::driverProcessUnder).orElse(false);
                }
                if (killWorker && kill.isEmpty() && appId != null) {
                    kill = killWhenTasksRun(cluster, mode, appId, start);
                }
                client.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
            Optional<Integer> exit = client.isAlive() ? Optional.empty() : Optional.of(client.exitValue());
            if (exit.isEmpty()) {
                ProcessTrees.stop(client.toHandle(), Duration.ofSeconds(10));
                cluster.stopDrivers();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Path driverLog = mode == StandaloneCluster.DeployMode.CLIENT ? log
                    : driverId == null ? null : keep(cluster.driverLog(driverId), out.resolveSibling(out.getFileName() + ".driver.log"));
            RunResult result = finish(label, exit, seconds, rss, driverLog != null ? driverLog : log, () -> JobSummary.read(out));
            Optional<JobProgress> tasks = Optional.ofNullable(appId).map(id -> JobProgress.of(id, cluster.workDirs()));
            return new ClusterRun(result, driverWorker, driverProcessSeen, appId != null, kill,
                    JobProgress.lostExecutors(driverLog), tasks);
        }
    }

    /**
     * Kills a worker not running the driver once its executor is running a task (in cluster mode, once the driver's
     * worker is known, so as not to kill that one), so that the job loses work in progress.
     */
    private static Optional<Kill> killWhenTasksRun(StandaloneCluster cluster, StandaloneCluster.DeployMode mode,
                                                   String appId, long start) {
        if (mode == StandaloneCluster.DeployMode.CLUSTER && cluster.workerRunningDriver().isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> victim = cluster.workerToKill();
        if (victim.isEmpty()) {
            return Optional.empty();
        }
        JobProgress onVictim = JobProgress.of(appId, List.of(cluster.workDirs().get(victim.get())));
        if (onVictim.running() == 0) {
            return Optional.empty();
        }
        JobProgress progress = JobProgress.of(appId, cluster.workDirs());
        int jvms = cluster.childJvms(victim.get()).size() + 1;
        cluster.killWorker(victim.get());
        return Optional.of(new Kill(victim.get(), (System.nanoTime() - start) / 1e9, progress, onVictim.running(), jvms));
    }

    /** Copies a cluster-mode driver's log out of the worker's work directory, which goes with the cluster. */
    private static Path keep(Optional<Path> driverLog, Path copy) {
        if (driverLog.isEmpty()) {
            return null;
        }
        try {
            return Files.copy(driverLog.get(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return driverLog.get();
        }
    }

    /** The JVMs doing a cluster run's work: the workers' children (driver, executors) and the spark-submit tree. */
    private static List<ProcessHandle> clusterJvms(StandaloneCluster cluster, Process client) {
        List<ProcessHandle> jvms = new ArrayList<>(ProcessTrees.tree(client.toHandle()));
        for (int i = 0; i < cluster.workerCount(); i++) {
            jvms.addAll(cluster.childJvms(i));
        }
        return jvms;
    }

    /** Waits for the child until the time limit; empty when it had to be stopped. */
    private Optional<Integer> await(Process process) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.of(process.exitValue());
        }
        ProcessTrees.stop(process.toHandle(), Duration.ofSeconds(10));
        return Optional.empty();
    }

    private interface SummaryReader {
        JobSummary read() throws IOException;
    }

    private RunResult finish(String label, Optional<Integer> exit, double seconds, PeakRss rss, Path log,
                             SummaryReader reader) {
        rss.close();
        long peak = rss.peakBytes();
        if (exit.isEmpty()) {
            return new RunResult(label, RunResult.Status.TIMED_OUT, -1, seconds, peak, null,
                    "did not finish in " + timeout.toMinutes() + " min", log);
        }
        if (exit.get() != 0) {
            return new RunResult(label, RunResult.Status.FAILED, exit.get(), seconds, peak, null,
                    "exited with " + exit.get() + "; last lines of " + log + ":\n" + ProcessTrees.tail(log, 25), log);
        }
        try {
            return new RunResult(label, RunResult.Status.FINISHED, 0, seconds, peak, reader.read(), null, log);
        } catch (IOException | RuntimeException e) {
            return new RunResult(label, RunResult.Status.FAILED, 0, seconds, peak, null,
                    "exited with 0 but " + e.getMessage() + "; last lines of " + log + ":\n" + ProcessTrees.tail(log, 25), log);
        }
    }

    /**
     * The single-JVM run's counts from its {@code report.json}, read as a stream since a large corpus makes a large
     * report: the length of each top-level array, and the skipped inputs under {@code inputs}.
     */
    static JobSummary reportCounts(Path out, double seconds) throws IOException {
        Path report = out.resolve("report.json");
        if (!Files.isRegularFile(report)) {
            throw new IOException("the analysis wrote no " + report);
        }
        long documents = 0;
        long skipped = 0;
        long families = 0;
        long events = 0;
        long stories = 0;
        try (JsonParser parser = new JsonFactory().createParser(report.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(report + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "documents" -> documents = count(parser, value);
                    case "families" -> families = count(parser, value);
                    case "events" -> events = count(parser, value);
                    case "stories" -> stories = count(parser, value);
                    case "inputs" -> skipped = skippedInputs(parser, value);
                    default -> parser.skipChildren();
                }
            }
        }
        return new JobSummary(documents, skipped, families, events, stories, seconds, Map.of(), -1, -1);
    }

    private static long count(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return 0;
        }
        long count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            count++;
        }
        return count;
    }

    private static long skippedInputs(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return 0;
        }
        long skipped = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken inner = parser.nextToken();
            if (field.equals("skipped")) {
                skipped = count(parser, inner);
            } else {
                parser.skipChildren();
            }
        }
        return skipped;
    }
}
