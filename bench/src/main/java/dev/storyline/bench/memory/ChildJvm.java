package dev.storyline.bench.memory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A command of the CLI jar running in a child JVM with a fixed maximum heap, its output (stdout and stderr) in a log
 * file, and its peak resident set read from Linux's {@code /proc/PID/status} ({@code VmHWM}) every
 * {@value #POLL_MILLIS} ms while it runs, since the file goes with the process.
 *
 * <p>The child runs with {@code -XX:+ExitOnOutOfMemoryError}: the first {@code OutOfMemoryError} ends it, so that a
 * heap too small is told at once and by name, and no command can carry on after skipping a document for want of
 * memory.
 */
final class ChildJvm implements AutoCloseable {

    private static final long POLL_MILLIS = 200;

    private final Process process;
    private final Path log;
    private final long startNanos;
    private final AtomicLong peakRss = new AtomicLong();
    private final AtomicLong exitNanos = new AtomicLong();
    private final Thread sampler;

    private ChildJvm(Process process, Path log, long startNanos) {
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
        this.sampler = new Thread(this::sample, "peak-rss-" + process.pid());
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * Starts {@code java -Xmx<heapMb>m -XX:+ExitOnOutOfMemoryError -Xlog:gc:file=<log>.gc -jar JAR ARGUMENTS...},
     * output to {@code log}.
     */
    static ChildJvm start(Path jar, int heapMb, List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog(log), "-jar", jar.toString()));
        command.addAll(arguments);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.deleteIfExists(log);
        Files.deleteIfExists(gcLog(log));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        long start = System.nanoTime();
        return new ChildJvm(builder.start(), log, start);
    }

    /** Waits for the child to exit until {@code deadlineNanos} ({@link System#nanoTime()}); empty when it still runs. */
    Optional<Integer> awaitExit(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
            exitNanos.compareAndSet(0, System.nanoTime());
            return Optional.of(process.exitValue());
        }
        return Optional.empty();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Seconds from the child's start to its exit as {@link #awaitExit} saw it, or to now while it runs. */
    double elapsedSeconds() {
        long end = exitNanos.get();
        return ((end != 0 ? end : System.nanoTime()) - startNanos) / 1e9;
    }

    /** The child's peak resident set so far, in bytes (0 when {@code /proc} cannot tell). */
    long peakRssBytes() {
        sampleOnce();
        return peakRss.get();
    }

    /** What the child printed so far; empty when the log cannot be read. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    Path log() {
        return log;
    }

    /** The collector's pauses so far, from the child's {@code -Xlog:gc} file. */
    GcSummary gc() {
        try {
            return GcSummary.parse(Files.readString(gcLog(log), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return GcSummary.NONE;
        }
    }

    private static Path gcLog(Path log) {
        return log.resolveSibling(log.getFileName() + ".gc");
    }

    /** Stops the child if it still runs: asks it (its shutdown hooks close the store), then kills it after 15 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        sampler.interrupt();
        sampler.join(2000);
    }

    private void sample() {
        while (process.isAlive()) {
            sampleOnce();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce() {
        long bytes = highWaterMark(process.pid());
        peakRss.accumulateAndGet(bytes, Math::max);
    }

    /** {@code VmHWM} of a process in bytes, or 0 when it cannot be read (process gone, no {@code /proc}). */
    private static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
