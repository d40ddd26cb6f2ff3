package dev.storyline.cli;

import dev.storyline.model.Event;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.pipeline.ProgressListener;
import dev.storyline.report.ReportFiles;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the pipeline for {@code analyze} and {@code demo}, writes the reports and prints the story table. */
final class Analysis {

    /** More inputs than this, on a terminal, get a progress bar. */
    static final int PROGRESS_BAR_MIN_INPUTS = 36;

    private final long maxBytes;
    private final Duration documentBudget;
    private final boolean quiet;
    private final boolean explain;

    Analysis(long maxBytes, Duration documentBudget, boolean quiet, boolean explain) {
        this.maxBytes = maxBytes;
        this.documentBudget = documentBudget;
        this.quiet = quiet;
        this.explain = explain;
    }

    /** Analyzes {@code paths} into {@code out}: 0 when a document was analyzed, 1 when none was or the reports could not be written. */
    int run(List<String> paths, Path out) {
        Report report;
        try (TerminalProgress progress = new TerminalProgress(!quiet && System.console() != null)) {
            report = Pipeline.standard(maxBytes).withDocumentBudget(documentBudget).analyze(paths, System.in, progress);
        }
        if (!explain) {
            report = new Report(report.generated(), report.skipped(), report.documents(), report.families(),
                    report.events(), report.stories());
        }
        for (SkippedInput skipped : report.skipped()) {
            System.err.println("skipped " + skipped.source() + ": " + skipped.reason());
        }
        List<Path> files;
        try {
            files = ReportFiles.write(report, out);
        } catch (IOException e) {
            System.err.println("storyline: cannot write the reports to " + out + ": " + Checks.reason(out, e));
            return 1;
        }
        PrintStream stdout = System.out;
        if (!quiet) {
            printTable(report, stdout);
            stdout.println();
            stdout.println(report.documents().size() + " documents analyzed, " + report.skipped().size() + " inputs skipped.");
            stdout.println("Report written to " + files.get(0).toAbsolutePath().getParent() + ":");
            for (Path file : files) {
                stdout.println("  " + file.getFileName());
            }
        }
        if (report.documents().isEmpty()) {
            System.err.println("storyline: no document could be analyzed");
            return 1;
        }
        return 0;
    }

    /** One line per story, then one per event with its documents. */
    static void printTable(Report report, PrintStream out) {
        Map<String, Event> events = new HashMap<>();
        for (Event event : report.events()) {
            events.put(event.id(), event);
        }
        out.printf("%-6s %-10s %5s  %s%n", "", "date", "docs", "title");
        for (Story story : report.stories()) {
            Event first = events.get(story.events().get(0));
            out.printf("%-6s %-10s %5d  %s%n", story.id(), date(first), story.documents().size(), clip(story.title(), 70));
            for (String eventId : story.events()) {
                Event event = events.get(eventId);
                out.printf("  %-4s %-10s %5d  %s%n", event.id(), date(event), event.documents().size(), clip(event.title(), 70));
                out.printf("  %-4s %-10s %5s  %s%n", "", "", "", clip(String.join(", ", event.documents()), 70));
            }
        }
    }

    private static String date(Event event) {
        return event.date() == null ? "undated" : event.date().toString();
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** A progress bar on stderr, shown only on a terminal and for more than a few dozen inputs. */
    private static final class TerminalProgress implements ProgressListener, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        TerminalProgress(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public void started(int inputs) {
            if (enabled && inputs > PROGRESS_BAR_MIN_INPUTS) {
                bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(inputs)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
        }

        @Override
        public void inputDone(String source) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void finished() {
            close();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
