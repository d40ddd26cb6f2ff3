package dev.storyline.report;

import dev.storyline.model.Report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one output format. */
public interface ReportWriter {

    /** The file name this format is written to, such as {@code report.json}. */
    String fileName();

    void write(Report report, Writer out) throws IOException;
}
