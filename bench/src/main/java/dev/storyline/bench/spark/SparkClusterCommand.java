package dev.storyline.bench.spark;

import dev.storyline.bench.spark.JobRunner.ClusterRun;
import dev.storyline.bench.spark.JobRunner.Kill;
import dev.storyline.bench.spark.StandaloneCluster.DeployMode;
import dev.storyline.bench.spark.StandaloneCluster.JobResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench spark-cluster}: starts a two-worker Spark standalone cluster on loopback from the
 * Maven-resolved jars, runs the Spark job on it twice, once normally and once killing a worker (and its executor)
 * as soon as the job's tasks have started, and checks that the second run still completes with the same output:
 * the same counts in {@code summary.json} and the same groups in {@code partitions.txt}. Exits 0 only then.
 */
@Command(name = "spark-cluster", mixinStandardHelpOptions = true,
        description = "Runs the Spark job on a 2-worker standalone cluster, normally and with a worker killed mid-job, and compares the outputs.")
public final class SparkClusterCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "PATH", description = "Input file or directory, repeatable (default: examples/corpus and ../shared/seeds under the Storyline home).")
    List<Path> corpus;

    @Option(names = "--partitions", defaultValue = "8", description = "Partitions the job splits its input into (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--driver-memory", defaultValue = "1g", description = "Heap of the driver (default: ${DEFAULT-VALUE}).")
    String driverMemory;

    @Option(names = "--executor-memory", defaultValue = "1g", description = "Heap of each executor (default: ${DEFAULT-VALUE}).")
    String executorMemory;

    @Option(names = "--worker-cores", defaultValue = "2", description = "Core slots each worker offers; the driver takes one in cluster mode (default: ${DEFAULT-VALUE}).")
    int workerCores;

    @Option(names = "--deploy-mode", defaultValue = "cluster", description = "Where the driver runs: cluster (on a worker) or client (in spark-submit) (default: ${DEFAULT-VALUE}).")
    String deployMode;

    @Option(names = "--timeout-minutes", defaultValue = "15", description = "Time limit of each run (default: ${DEFAULT-VALUE}).")
    int timeoutMinutes;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the two runs' outputs and logs in DIR (default: a temporary directory, deleted).")
    Path keep;

    private static final int WORKERS = 2;

    @Override
    public Integer call() throws Exception {
        SparkSetup setup;
        List<String> inputs;
        try {
            setup = SparkSetup.locate();
            inputs = inputs(setup.home());
        } catch (IllegalStateException e) {
            System.err.println("storyline bench spark-cluster: " + e.getMessage());
            return 2;
        }
        DeployMode mode;
        try {
            mode = DeployMode.valueOf(deployMode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("storyline bench spark-cluster: --deploy-mode must be cluster or client, not " + deployMode);
            return 2;
        }
        JobResources resources = new JobResources(driverMemory, executorMemory, partitions);
        Path runs = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("storyline-spark-runs");
        JobRunner runner = new JobRunner(setup, Duration.ofMinutes(timeoutMinutes));
        System.out.printf(Locale.ROOT, "inputs: %s%n", String.join(" ", inputs));
        Path normalOut = runs.resolve("normal");
        Path killedOut = runs.resolve("worker-killed");
        ClusterRun normal = null;
        ClusterRun killed = null;
        String fallback = null;
        StandaloneCluster cluster = null;
        try {
            cluster = StandaloneCluster.start(setup, WORKERS, workerCores, resources.workerMemory(), Duration.ofMinutes(2));
            System.out.printf(Locale.ROOT, "cluster: master %s (web UI http://127.0.0.1:%d), %d workers of %d cores and %s, ports %s%n",
                    cluster.masterUrl(), cluster.webUiPort(), WORKERS, workerCores, resources.workerMemory(), cluster.ports());
            normal = runner.cluster("normal", cluster, mode, resources, inputs, normalOut, false);
            if (mode == DeployMode.CLUSTER && !normal.result().finished() && !normal.driverProcessSeen()) {
                fallback = "the driver never started on a worker in cluster deploy mode: " + normal.result().problem();
                System.out.println("cluster deploy mode failed, falling back to client mode: " + fallback);
                System.out.println(cluster.diagnostics(15));
                mode = DeployMode.CLIENT;
                normalOut = runs.resolve("normal-client");
                normal = runner.cluster("normal", cluster, mode, resources, inputs, normalOut, false);
            }
            if (normal.result().finished()) {
                killed = runner.cluster("worker killed", cluster, mode, resources, inputs, killedOut, true);
            }
            if (!normal.result().finished() || killed == null || !killed.result().finished()) {
                System.out.println("cluster logs (last lines):");
                System.out.println(cluster.diagnostics(20));
            }
        } catch (IllegalStateException e) {
            System.err.println("storyline bench spark-cluster: " + e.getMessage());
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
        boolean equal = print(normal, killed, normalOut, killedOut, mode, fallback);
        boolean stopped = printStopped(cluster);
        if (keep == null) {
            StandaloneCluster.deleteTree(runs);
        } else {
            System.out.println("outputs and logs kept in " + runs.toAbsolutePath());
        }
        return equal && stopped ? 0 : 1;
    }

    /** The --corpus paths, or the example corpus and the shared seeds beside the home when they exist. */
    private List<String> inputs(Path home) {
        List<Path> paths = new ArrayList<>();
        if (corpus != null && !corpus.isEmpty()) {
            paths.addAll(corpus);
        } else {
            paths.add(home.resolve("examples/corpus"));
            Path seeds = home.resolve("../shared/seeds").normalize();
            if (Files.isDirectory(seeds)) {
                paths.add(seeds);
            }
        }
        List<String> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalStateException("Missing input " + path.toAbsolutePath());
            }
            inputs.add(path.toAbsolutePath().normalize().toString());
        }
        return inputs;
    }

    /** Prints the two runs and whether their outputs agree; true when both finished, a worker died, and they agree. */
    private boolean print(ClusterRun normal, ClusterRun killed, Path normalOut, Path killedOut, DeployMode mode, String fallback) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-14s %-8s %-10s %6s %7s %7s %6s %8s %7s %7s  %s%n", "run", "mode", "status", "wall s",
                "job s", "docs", "skipped", "families", "events", "stories", "driver");
        for (ClusterRun run : new ClusterRun[]{normal, killed}) {
            if (run != null) {
                printRow(run, mode);
            }
        }
        if (fallback != null) {
            System.out.println("note: ran in client mode because " + fallback.lines().findFirst().orElse(fallback));
        }
        for (ClusterRun run : new ClusterRun[]{normal, killed}) {
            if (run != null && run.result().problem() != null) {
                System.out.println(run.result().label() + ": " + run.result().problem());
            }
            if (run != null && !run.appRegistered()) {
                System.out.println(run.result().label() + ": the master never listed the job as an application: did it run on a local master?");
            }
        }
        if (normal == null || killed == null) {
            System.out.println("RESULT: not compared, a run did not take place");
            return false;
        }
        if (killed.kill().isEmpty()) {
            System.out.println("RESULT: no worker was killed (the job ended before an executor on a worker without the driver was seen running a task)");
            return false;
        }
        Kill kill = killed.kill().get();
        JobProgress at = kill.progress();
        System.out.printf(Locale.ROOT, "killed worker %d with kill -9 (%d JVMs: the worker and what it started) %.1f s into the run, "
                        + "while its executor ran %d task(s); the executors had started %d task attempt(s) and finished %d%n",
                kill.worker() + 1, kill.jvmsKilled(), kill.secondsIntoRun(), kill.tasksRunningThere(), at.startedTasks(),
                at.finishedTasks());
        System.out.printf(Locale.ROOT, "the driver's log reports %d executor(s) lost; the executors' logs show %d task attempt(s) "
                        + "in all, %d of them re-runs (%d re-runs in the normal run)%n",
                killed.lostExecutors(), killed.tasks().map(JobProgress::startedTasks).orElse(0),
                killed.tasks().map(JobProgress::retries).orElse(0), normal.tasks().map(JobProgress::retries).orElse(0));
        if (!normal.result().finished() || !killed.result().finished()) {
            System.out.println("RESULT: not compared, a run did not finish");
            return false;
        }
        boolean sameCounts = normal.result().summary().counts().equals(killed.result().summary().counts());
        System.out.println("summary.json counts: " + (sameCounts ? "equal (" + normal.result().summary().counts() + ")"
                : "differ: " + normal.result().summary().counts() + " vs " + killed.result().summary().counts()));
        PartitionsComparison groups;
        try {
            groups = PartitionsComparison.of(normalOut, killedOut);
        } catch (IOException e) {
            System.out.println("RESULT: cannot compare the groups: " + e.getMessage());
            return false;
        }
        if (groups.identical()) {
            System.out.printf(Locale.ROOT, "partitions.txt: identical, %d groups%n", groups.leftLines());
        } else {
            System.out.printf(Locale.ROOT, "partitions.txt: differ, %d of %d groups only in the normal run, %d of %d only in the other%n",
                    groups.onlyLeft().size(), groups.leftLines(), groups.onlyRight().size(), groups.rightLines());
            groups.onlyLeft().stream().limit(3).forEach(line -> System.out.println("  normal only: " + line));
            groups.onlyRight().stream().limit(3).forEach(line -> System.out.println("  killed only: " + line));
        }
        boolean equal = sameCounts && groups.identical();
        System.out.println(equal ? "RESULT: the run that lost a worker completed with the same output"
                : "RESULT: the outputs differ");
        return equal;
    }

    private static void printRow(ClusterRun run, DeployMode mode) {
        RunResult result = run.result();
        JobSummary summary = result.summary();
        String driver = mode == DeployMode.CLIENT ? "in spark-submit"
                : run.driverWorker().map(w -> "worker " + (w + 1) + (run.driverProcessSeen() ? " (DriverWrapper)" : "")).orElse("not seen");
        if (summary == null) {
            System.out.printf(Locale.ROOT, "%-14s %-8s %-10s %6.1f %7s %7s %6s %8s %7s %7s  %s%n", result.label(), mode.option(),
                    result.status().name().toLowerCase(Locale.ROOT), result.wallSeconds(), "-", "-", "-", "-", "-", "-", driver);
            return;
        }
        System.out.printf(Locale.ROOT, "%-14s %-8s %-10s %6.1f %7.1f %7d %6d %8d %7d %7d  %s%n", result.label(), mode.option(),
                result.status().name().toLowerCase(Locale.ROOT), result.wallSeconds(), summary.seconds(), summary.documents(),
                summary.skipped(), summary.families(), summary.events(), summary.stories(), driver);
    }

    /** Prints whether the cluster left anything behind; true when no JVM survived and no port listens. */
    private static boolean printStopped(StandaloneCluster cluster) {
        if (cluster == null) {
            return false;
        }
        boolean clean = cluster.survivors().isEmpty() && cluster.portsStillListening().isEmpty();
        if (!cluster.survivors().isEmpty()) {
            System.out.println("cluster stopped, but these processes survived: "
                    + cluster.survivors().stream().map(p -> Long.toString(p.pid())).toList());
        }
        if (cluster.portsStillListening().isEmpty()) {
            System.out.println("cluster stopped: every JVM gone, none of its ports " + cluster.ports() + " still listening");
        } else {
            System.out.println("cluster stopped, but these ports still listen: " + cluster.portsStillListening());
        }
        return clean;
    }
}
