package dev.storyline.bench.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The peak resident memory of some processes, from Linux's {@code /proc/PID/status} ({@code VmHWM}, the high-water
 * mark of each process's resident set), polled while they run since the file is gone once a process exits. Over
 * several processes it is the sum of their peaks: an upper bound of their peak together. Reads 0 where there is no
 * {@code /proc}.
 */
final class PeakRss implements AutoCloseable {

    private static final long POLL_MILLIS = 200;

    private final Supplier<List<ProcessHandle>> processes;
    private final Map<Long, Long> peaks = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    /** Starts polling the processes {@code processes} lists at each poll (a tree whose members come and go). */
    PeakRss(Supplier<List<ProcessHandle>> processes) {
        this.processes = processes;
        this.poller = new Thread(this::poll, "peak-rss");
        poller.setDaemon(true);
        poller.start();
    }

    /** Polls {@code root} and its descendants. */
    static PeakRss ofTree(ProcessHandle root) {
        return new PeakRss(() -> ProcessTrees.tree(root));
    }

    /** The sum over the processes seen of each one's peak resident set, in bytes. */
    long peakBytes() {
        return peaks.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reads the processes once more, then stops polling. */
    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        while (running) {
            sample();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                break;
            }
        }
    }

    private void sample() {
        List<ProcessHandle> current;
        try {
            current = processes.get();
        } catch (RuntimeException e) {
            return;
        }
        for (ProcessHandle process : current) {
            long bytes = highWaterMark(process.pid());
            if (bytes > 0) {
                peaks.merge(process.pid(), bytes, Math::max);
            }
        }
    }

    /** {@code VmHWM} of a process in bytes, or 0 when it cannot be read (process gone, no /proc). */
    static long highWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
