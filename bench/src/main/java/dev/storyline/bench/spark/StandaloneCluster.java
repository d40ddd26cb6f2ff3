package dev.storyline.bench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 made of child JVMs started from the Maven-resolved jars, with no Spark
 * download: one master and a few workers, each on ports picked free. A worker starts executors (and, in cluster
 * deploy mode, the driver) with a command it builds from {@code SPARK_HOME}, and refuses to when
 * {@code $SPARK_HOME/jars} is missing, so the cluster makes a temporary Spark home whose {@code jars/} links to the
 * classpath's jars.
 *
 * <p>In cluster deploy mode the driver takes a core of the worker it runs on. Each worker therefore offers
 * {@code coresPerWorker} slots (2 by default, slots rather than CPUs) while a job is capped at one 1-core executor
 * per worker ({@code spark.cores.max} = workers): with a single slot per worker the driver's worker could host no
 * executor, and killing the other worker would leave the job with none.
 *
 * <p>{@link #close()} stops every JVM it started, the executors and drivers the workers started included, deletes
 * its temporary directories and checks that none of its ports is still listening.
 */
final class StandaloneCluster implements AutoCloseable {

    /** Where the driver of a submitted job runs. */
    enum DeployMode {
        /** On a worker, started by the worker ({@code DriverWrapper}); spark-submit only waits for it. */
        CLUSTER,
        /** Inside the spark-submit JVM. */
        CLIENT;

        String option() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Memory and parallelism of a submitted job; memory as Spark writes it ({@code 512m}, {@code 2g}). */
    record JobResources(String driverMemory, String executorMemory, int partitions) {

        /** What a worker must offer to host the driver and one executor: both, and a little to spare. */
        String workerMemory() {
            return (megabytes(driverMemory) + megabytes(executorMemory) + 256) + "m";
        }

        static long megabytes(String memory) {
            String text = memory.strip().toLowerCase(Locale.ROOT);
            char unit = text.charAt(text.length() - 1);
            long scale = switch (unit) {
                case 'g' -> 1024;
                case 'm' -> 1;
                default -> throw new IllegalArgumentException("memory must end in m or g, as in 512m or 2g: " + memory);
            };
            return Long.parseLong(text.substring(0, text.length() - 1)) * scale;
        }
    }

    /** A started spark-submit and its log. */
    record Submission(Process client, DeployMode mode, Path log) {
    }

    private record WorkerJvm(int index, int port, int webUiPort, Path workDir, Path log, Process process) {
    }

    private static final String DAEMON_HEAP = "512m";
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final SparkSetup setup;
    private final Path root;
    private final Map<String, String> environment;
    private final int masterPort;
    private final int masterWebUiPort;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Process> submissions = new ArrayList<>();
    private final List<WorkerJvm> workers = new ArrayList<>();
    private Process master;
    private Path masterLog;
    private boolean closed;
    private List<Integer> stillListening = List.of();
    private List<ProcessHandle> survivors = List.of();

    private StandaloneCluster(SparkSetup setup, Path root) {
        this.setup = setup;
        this.root = root;
        List<Integer> pair = LoopbackPorts.free(2);
        this.masterPort = pair.get(0);
        this.masterWebUiPort = pair.get(1);
        ports.addAll(pair);
        environment = new LinkedHashMap<>();
        environment.put("SPARK_HOME", root.resolve("spark-home").toString());
        environment.put("SPARK_CONF_DIR", root.resolve("spark-home/conf").toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        environment.put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
        environment.put("SPARK_NO_DAEMONIZE", "1");
    }

    /**
     * Starts a master and {@code workerCount} workers offering {@code coresPerWorker} cores and {@code workerMemory}
     * each, and returns once the master lists them all as ALIVE (or fails, with the logs' last lines, after
     * {@code startTimeout}).
     */
    static StandaloneCluster start(SparkSetup setup, int workerCount, int coresPerWorker, String workerMemory,
                                   Duration startTimeout) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(setup, Files.createTempDirectory("storyline-spark-cluster"));
        try {
            cluster.makeSparkHome();
            cluster.startMaster();
            for (int i = 0; i < workerCount; i++) {
                cluster.startWorker(i, coresPerWorker, workerMemory);
            }
            cluster.awaitWorkers(workerCount, startTimeout);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    int webUiPort() {
        return masterWebUiPort;
    }

    /** The master's view of the cluster, or empty while it does not answer. */
    Optional<MasterState> state() {
        return MasterState.fetch(masterWebUiPort);
    }

    /**
     * Starts spark-submit for the job with {@code jobArguments} (after {@code analyze}), the job also told the master
     * URL so it cannot fall back to a local master. The caller waits for the returned process.
     */
    Submission submit(List<String> jobArguments, DeployMode mode, JobResources resources, Path log) throws IOException {
        String opens = setup.moduleOptionsLine();
        // in client mode spark-submit's JVM is the driver, and --driver-memory cannot resize a JVM already started
        String heap = mode == DeployMode.CLIENT ? resources.driverMemory() : "256m";
        List<String> command = setup.java(heap, setup.sparkClasspath());
        command.addAll(List.of("org.apache.spark.deploy.SparkSubmit",
                "--master", masterUrl(),
                "--deploy-mode", mode.option(),
                "--conf", "spark.standalone.submit.waitAppCompletion=true",
                "--conf", "spark.driver.extraJavaOptions=" + opens,
                "--conf", "spark.executor.extraJavaOptions=" + opens,
                "--conf", "spark.executor.cores=1",
                "--conf", "spark.cores.max=" + workers.size(),
                "--conf", "spark.driver.host=127.0.0.1",
                "--driver-memory", resources.driverMemory(),
                "--executor-memory", resources.executorMemory(),
                "--class", SparkSetup.MAIN_CLASS,
                setup.jobJar().toString(),
                "analyze"));
        command.addAll(jobArguments);
        command.addAll(List.of("--master", masterUrl(), "--partitions", Integer.toString(resources.partitions())));
        Process client = ProcessTrees.start(command, log, environment);
        submissions.add(client);
        return new Submission(client, mode, log);
    }

    /**
     * The index of the worker running a cluster-mode driver: the master's {@code /json} names its worker, and a
     * {@code DriverWrapper} JVM among a worker's descendants confirms it.
     */
    Optional<Integer> workerRunningDriver() {
        Optional<Integer> port = state().flatMap(MasterState::driverWorkerPort);
        for (WorkerJvm worker : workers) {
            if (port.isPresent() && port.get() == worker.port()) {
                return Optional.of(worker.index());
            }
        }
        for (WorkerJvm worker : workers) {
            if (worker.process().isAlive() && worker.process().descendants()
                    .anyMatch(child -> ProcessTrees.commandLine(child).contains("DriverWrapper"))) {
                return Optional.of(worker.index());
            }
        }
        return Optional.empty();
    }

    /** Whether a DriverWrapper JVM runs under worker {@code index}: the proof that the driver runs on the cluster. */
    boolean driverProcessUnder(int index) {
        return workers.get(index).process().descendants()
                .anyMatch(child -> ProcessTrees.commandLine(child).contains("org.apache.spark.deploy.worker.DriverWrapper"));
    }

    /** The JVMs a worker started (executors and drivers) that are still running. */
    List<ProcessHandle> childJvms(int index) {
        return workers.get(index).process().descendants().filter(ProcessHandle::isAlive).toList();
    }

    /** A live worker not running the driver, preferring one hosting an executor; empty when there is none. */
    Optional<Integer> workerToKill() {
        Optional<Integer> driver = workerRunningDriver();
        Integer best = null;
        for (WorkerJvm worker : workers) {
            if (!worker.process().isAlive() || driver.equals(Optional.of(worker.index()))) {
                continue;
            }
            boolean hostsExecutor = worker.process().descendants()
                    .anyMatch(child -> ProcessTrees.commandLine(child).contains("CoarseGrainedExecutorBackend"));
            if (best == null || hostsExecutor) {
                best = worker.index();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Kills worker {@code index} and the JVMs it started with {@code kill -9}, as if its machine had died. */
    void killWorker(int index) {
        ProcessTrees.kill(workers.get(index).process().toHandle());
    }

    /**
     * Stops the drivers running on the workers, with their trees: stopping spark-submit does not stop a cluster-mode
     * driver, which would otherwise go on after a run's time limit.
     */
    void stopDrivers() {
        for (WorkerJvm worker : workers) {
            worker.process().descendants()
                    .filter(child -> ProcessTrees.commandLine(child).contains("DriverWrapper"))
                    .toList()
                    .forEach(driver -> ProcessTrees.stop(driver, Duration.ofSeconds(10)));
        }
    }

    /** The workers' work directories, where their executors and drivers keep jars and logs. */
    List<Path> workDirs() {
        return workers.stream().map(WorkerJvm::workDir).toList();
    }

    /** The log (stderr) of the cluster-mode driver {@code driverId}, when a worker has made one. */
    Optional<Path> driverLog(String driverId) {
        for (WorkerJvm worker : workers) {
            Path log = worker.workDir().resolve(driverId).resolve("stderr");
            if (Files.isRegularFile(log)) {
                return Optional.of(log);
            }
        }
        return Optional.empty();
    }

    int workerCount() {
        return workers.size();
    }

    /** The last lines of every log of the cluster: master, workers, drivers and executors. */
    String diagnostics(int lines) {
        StringBuilder text = new StringBuilder();
        List<Path> logs = new ArrayList<>();
        if (masterLog != null) {
            logs.add(masterLog);
        }
        workers.forEach(worker -> logs.add(worker.log()));
        for (WorkerJvm worker : workers) {
            try (Stream<Path> files = Files.walk(worker.workDir())) {
                files.filter(file -> file.getFileName().toString().equals("stderr")).sorted().forEach(logs::add);
            } catch (IOException | UncheckedIOException e) {
                // a work directory not made yet has no logs
            }
        }
        for (Path log : logs) {
            text.append("---- ").append(root.relativize(log)).append(System.lineSeparator())
                    .append(ProcessTrees.tail(log, lines)).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** The ports still listening after {@link #close()}: empty when the cluster released them all. */
    List<Integer> portsStillListening() {
        return stillListening;
    }

    /** Every port the cluster picked: master, master UI, workers and their UIs. */
    List<Integer> ports() {
        return List.copyOf(ports);
    }

    /** Processes that survived {@link #close()} even after a forced kill: empty normally. */
    List<ProcessHandle> survivors() {
        return survivors;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> alive = new ArrayList<>();
        for (Process submission : submissions) {
            alive.addAll(ProcessTrees.stop(submission.toHandle(), STOP_GRACE));
        }
        for (WorkerJvm worker : workers) {
            alive.addAll(ProcessTrees.stop(worker.process().toHandle(), STOP_GRACE));
        }
        if (master != null) {
            alive.addAll(ProcessTrees.stop(master.toHandle(), STOP_GRACE));
        }
        survivors = List.copyOf(alive);
        deleteTree(root);
        stillListening = awaitPortsReleased(Duration.ofSeconds(10));
    }

    private void makeSparkHome() throws IOException {
        Path jars = Files.createDirectories(root.resolve("spark-home/jars"));
        Files.createDirectories(root.resolve("spark-home/conf"));
        for (Path jar : setup.classpath()) {
            Path link = jars.resolve(jar.getFileName().toString());
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
    }

    private void startMaster() throws IOException {
        List<String> command = setup.java(DAEMON_HEAP, setup.sparkClasspath());
        command.addAll(List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterWebUiPort)));
        masterLog = root.resolve("logs/master.log");
        master = ProcessTrees.start(command, masterLog, environment);
    }

    private void startWorker(int index, int cores, String memory) throws IOException {
        List<Integer> pair = LoopbackPorts.free(2);
        ports.addAll(pair);
        Path workDir = Files.createDirectories(root.resolve("work-" + (index + 1)));
        List<String> command = setup.java(DAEMON_HEAP, setup.sparkClasspath());
        command.addAll(List.of("org.apache.spark.deploy.worker.Worker", masterUrl(), "--host", "127.0.0.1",
                "--port", Integer.toString(pair.get(0)), "--webui-port", Integer.toString(pair.get(1)),
                "--cores", Integer.toString(cores), "--memory", memory, "--work-dir", workDir.toString()));
        Path log = root.resolve("logs/worker-" + (index + 1) + ".log");
        workers.add(new WorkerJvm(index, pair.get(0), pair.get(1), workDir, log, ProcessTrees.start(command, log, environment)));
    }

    private void awaitWorkers(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                throw new IllegalStateException("the Spark master exited with " + master.exitValue() + ":\n" + diagnostics(30));
            }
            for (WorkerJvm worker : workers) {
                if (!worker.process().isAlive()) {
                    throw new IllegalStateException("Spark worker " + (worker.index() + 1) + " exited with "
                            + worker.process().exitValue() + ":\n" + diagnostics(30));
                }
            }
            Optional<MasterState> state = state();
            if (state.isPresent() && state.get().aliveWorkers() >= count) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the Spark master did not list " + count + " ALIVE workers within "
                + timeout.toSeconds() + " s:\n" + diagnostics(30));
    }

    private List<Integer> awaitPortsReleased(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Integer> listening;
        do {
            listening = ports.stream().filter(LoopbackPorts::listening).toList();
            if (listening.isEmpty()) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        return listening;
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("warning: could not delete all of " + directory + ": " + e.getMessage());
        }
    }
}
