package dev.storyline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one run of the Spark job is asked to do.
 *
 * @param inputs           files or directories: local paths, or any Hadoop file system URI ({@code file:},
 *                         {@code hdfs:}, {@code s3a:} with its connector on the classpath)
 * @param out              the output directory: Parquet tables, and the reports when the corpus is small enough
 * @param partitions       how many partitions the inputs and documents are spread over
 * @param maxDocumentBytes the size limit of one document, as {@code analyze --max-bytes}
 * @param windowDays       the days each time window of event clustering owns ({@link EventWindows})
 * @param reportLimit      the most documents for which report.json, report.md and report.html are written
 * @param forceReport      write the reports whatever the corpus size (the driver then holds the whole report)
 */
public record SparkSettings(List<String> inputs, String out, int partitions, long maxDocumentBytes, int windowDays,
                            int reportLimit, boolean forceReport) implements Serializable {

    /** Documents up to which the reports are written without being asked: the report is built in the driver's heap. */
    public static final int DEFAULT_REPORT_LIMIT = 20_000;

    /** Four weeks: long enough that most events fall in one window, short enough to spread a year over many tasks. */
    public static final int DEFAULT_WINDOW_DAYS = 28;

    public SparkSettings {
        inputs = List.copyOf(inputs);
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("window days must be at least 1: " + windowDays);
        }
    }
}
