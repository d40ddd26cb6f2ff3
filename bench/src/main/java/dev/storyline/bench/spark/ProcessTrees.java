package dev.storyline.bench.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starting child JVMs with their output in a log file, and stopping a child together with the processes it started
 * (Spark workers start executor and driver JVMs): the descendants are listed before anything is stopped, since once
 * their parent dies they are no longer its descendants.
 */
final class ProcessTrees {

    private ProcessTrees() {
    }

    /** Starts {@code command} with stdout and stderr appended to {@code log} and {@code environment} added. */
    static Process start(List<String> command, Path log, Map<String, String> environment) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * Asks {@code root} and its descendants to stop, then kills whatever still runs after {@code grace}. Returns the
     * processes still alive after that (none, normally).
     */
    static List<ProcessHandle> stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = tree(root);
        tree.forEach(ProcessHandle::destroy);
        return awaitOrKill(tree, grace);
    }

    /** Kills {@code root} and its descendants at once ({@code kill -9}), as a crashed machine would lose them. */
    static void kill(ProcessHandle root) {
        List<ProcessHandle> tree = tree(root);
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitOrKill(tree, Duration.ofSeconds(10));
    }

    /** {@code root} and everything it started, deepest first. */
    static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        Collections.reverse(tree);
        tree.add(root);
        return tree;
    }

    /** The full command line of a process, or empty when the system does not tell. */
    static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    private static List<ProcessHandle> awaitOrKill(List<ProcessHandle> tree, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        List<ProcessHandle> alive = new ArrayList<>();
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                alive.add(process);
            }
        }
        return alive;
    }

    /** The last {@code lines} lines of a log, for error messages; empty when it cannot be read. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
