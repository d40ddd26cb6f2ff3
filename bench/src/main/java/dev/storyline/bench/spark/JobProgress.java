package dev.storyline.bench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How far a job running on the cluster has got, read from its executors' logs in the workers' work directories
 * ({@code WORK/APP-ID/EXECUTOR-ID/stderr}): the tasks they started and finished. The job turns its web UI off, so
 * its REST API cannot tell; the executors log every task at INFO level, which Spark's default logging keeps.
 *
 * @param appId         the application's id
 * @param startedTasks  task attempts started on the executors, failed or lost ones included
 * @param finishedTasks task attempts finished
 * @param retries       attempts after the first of a task ({@code Running task 3.1 in stage ...}): tasks run again,
 *                      as those of a lost executor are
 */
record JobProgress(String appId, int startedTasks, int finishedTasks, int retries) {

    private static final Pattern RETRY = Pattern.compile("Running task \\d+\\.[1-9]\\d* in stage");
    private static final Pattern LOST_EXECUTOR = Pattern.compile("Lost executor (\\S+)");

    /** The progress of application {@code appId} over the executor logs under {@code workDirs}. */
    static JobProgress of(String appId, List<Path> workDirs) {
        int started = 0;
        int finished = 0;
        int retries = 0;
        for (Path workDir : workDirs) {
            Path appDir = workDir.resolve(appId);
            if (!Files.isDirectory(appDir)) {
                continue;
            }
            try (Stream<Path> executors = Files.list(appDir)) {
                for (Path stderr : executors.map(dir -> dir.resolve("stderr")).filter(Files::isRegularFile).toList()) {
                    for (String line : lines(stderr)) {
                        if (line.contains("Running task ")) {
                            started++;
                            if (RETRY.matcher(line).find()) {
                                retries++;
                            }
                        } else if (line.contains("Finished task ")) {
                            finished++;
                        }
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // a directory removed meanwhile (its worker killed) has nothing more to say
            }
        }
        return new JobProgress(appId, started, finished, retries);
    }

    /** Whether some task has started: a good moment to make a worker fail. */
    boolean tasksStarted() {
        return startedTasks > 0;
    }

    /** Task attempts started and not finished (failed attempts included): roughly those running. */
    int running() {
        return Math.max(0, startedTasks - finishedTasks);
    }

    /**
     * The distinct executors a driver's log reports lost ({@code Lost executor N}, logged at ERROR level, which the
     * job's WARN level keeps; the tasks they ran are re-run without a WARN line when the loss is not the task's fault).
     */
    static int lostExecutors(Path driverLog) {
        Set<String> executors = new HashSet<>();
        if (driverLog != null) {
            for (String line : lines(driverLog)) {
                Matcher executor = LOST_EXECUTOR.matcher(line);
                if (executor.find()) {
                    executors.add(executor.group(1));
                }
            }
        }
        return executors.size();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return List.of();
        }
    }
}
