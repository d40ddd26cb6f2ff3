package dev.storyline.report;

import dev.storyline.model.Report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a report in every format into one directory. */
public final class ReportFiles {

    private static final List<ReportWriter> WRITERS =
            List.of(new JsonReportWriter(), new MarkdownReportWriter(), new HtmlReportWriter());

    private ReportFiles() {
    }

    /** Writes {@code report.json}, {@code report.md} and {@code report.html} into {@code directory}, creating it. */
    public static List<Path> write(Report report, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : WRITERS) {
            Path file = directory.resolve(writer.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(report, out);
            }
            written.add(file);
        }
        return written;
    }
}
