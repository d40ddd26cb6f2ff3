package dev.storyline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.report.ReportFiles;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.status.api.v1.ExecutorSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline spark analyze INPUT... --out DIR}: the whole pipeline on Spark. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyzes news pages on Apache Spark and writes Parquet tables under DIR/tables, DIR/summary.json, "
                + "and report.json, report.md and report.html when the corpus is small enough (--report-limit).",
                "Inputs: .txt, .html/.htm, .jsonl, .warc/.warc.gz files or directories, as local paths or Hadoop URIs "
                        + "(file:, hdfs:, s3a: with its connector on the classpath).",
                "Exit code: 0 when at least one document was analyzed, 1 when none was or the output could not be "
                        + "written, 2 for bad arguments."})
final class SparkAnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories: local paths or Hadoop URIs.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory: a local path or a Hadoop URI.")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[*] or spark://host:7077 "
            + "(default: the one spark-submit sets, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of documents (default: twice the cores the master gives).")
    Integer partitions;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_MAX_DOCUMENT_BYTES,
            description = "Largest document to analyze, in bytes; larger ones are listed as skipped (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--window-days", paramLabel = "D", defaultValue = "" + SparkSettings.DEFAULT_WINDOW_DAYS,
            description = "Days of documents each event-clustering window owns (default: ${DEFAULT-VALUE}); see docs/spark.md.")
    int windowDays;

    @Option(names = "--report-limit", paramLabel = "N", defaultValue = "" + SparkSettings.DEFAULT_REPORT_LIMIT,
            description = "Write report.json, report.md and report.html only up to this many documents, since the "
                    + "driver holds the whole report (default: ${DEFAULT-VALUE}).")
    int reportLimit;

    @Option(names = "--force-report", description = "Write the reports whatever the corpus size.")
    boolean forceReport;

    @Override
    public Integer call() {
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1: " + partitions);
        }
        if (windowDays < 1 || maxBytes < 1 || reportLimit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--window-days and --max-bytes must be at least 1, --report-limit at least 0");
        }
        SparkConf conf = new SparkConf().setAppName("storyline analyze")
                .set("spark.sql.datetime.java8API.enabled", "true")
                .set("spark.ui.enabled", "false");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        long started = System.nanoTime();
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            int parts = partitions != null ? partitions : Math.max(2, 2 * spark.sparkContext().defaultParallelism());
            SparkSettings settings = new SparkSettings(inputs, out, parts, maxBytes, windowDays, reportLimit, forceReport);
            SparkAnalysis.Result result = new SparkAnalysis(spark, settings).run();
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Object> summary = summary(result, seconds, spark);
            writeOutputs(spark, result, summary);
            print(result, summary);
            return result.documents() > 0 ? 0 : 1;
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("storyline spark: cannot write to " + out + ": " + e.getMessage());
            return 1;
        }
    }

    private Map<String, Object> summary(SparkAnalysis.Result result, double seconds, SparkSession spark) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("documents", result.documents());
        summary.put("skipped", result.skipped());
        summary.put("families", result.families());
        summary.put("events", result.events());
        summary.put("stories", result.stories());
        summary.put("seconds", seconds);
        summary.put("documentsPerSecond", result.documents() / seconds);
        summary.put("stages", result.stageSeconds());
        summary.put("master", spark.sparkContext().master());
        summary.put("cores", spark.sparkContext().defaultParallelism());
        summary.put("driverHeapBytes", heapAfterGc());
        summary.put("executorPeakHeapBytes", executorPeakHeap(spark));
        summary.put("report", result.report() != null);
        return summary;
    }

    /** The driver's heap in use after a full collection: what the driver itself holds. */
    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The highest peak JVM heap any executor reported (the driver's own in local mode), or -1 when none did. */
    private static long executorPeakHeap(SparkSession spark) {
        long peak = -1;
        scala.collection.Iterator<ExecutorSummary> executors = spark.sparkContext().statusStore().executorList(false).iterator();
        while (executors.hasNext()) {
            ExecutorSummary executor = executors.next();
            if (executor.peakMemoryMetrics().isDefined()) {
                peak = Math.max(peak, executor.peakMemoryMetrics().get().getMetricValue("JVMHeapMemory"));
            }
        }
        return peak;
    }

    private void writeOutputs(SparkSession spark, SparkAnalysis.Result result, Map<String, Object> summary) throws IOException {
        Path dir = new Path(out);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (FSDataOutputStream stream = fs.create(new Path(dir, "summary.json"), true)) {
            json.writeValue((java.io.OutputStream) stream, summary);
        }
        Report report = result.report();
        if (report == null) {
            return;
        }
        if ("file".equals(fs.getScheme())) {
            ReportFiles.write(report, java.nio.file.Path.of(fs.makeQualified(dir).toUri()));
        } else {
            System.err.println("storyline spark: the reports are written only to a local directory; " + out + " has the tables");
        }
    }

    private void print(SparkAnalysis.Result result, Map<String, Object> summary) {
        if (result.report() != null) {
            for (SkippedInput skipped : result.report().skipped()) {
                System.err.println("skipped " + skipped.source() + ": " + skipped.reason());
            }
        }
        System.out.printf("%d documents analyzed, %d inputs skipped: %d families, %d events, %d stories.%n",
                result.documents(), result.skipped(), result.families(), result.events(), result.stories());
        System.out.printf("%.1f s on %s, %.1f documents/s.%n", (double) summary.get("seconds"), summary.get("master"),
                (double) summary.get("documentsPerSecond"));
        for (Map.Entry<String, Double> stage : result.stageSeconds().entrySet()) {
            System.out.printf("  %-24s %7.1f s%n", stage.getKey(), stage.getValue());
        }
        System.out.println("Tables written to " + out + "/tables" + (result.report() != null
                ? "; reports to " + out + " (report.json, report.md, report.html)" : "; no report (more than --report-limit documents)"));
        if (result.documents() == 0) {
            System.err.println("storyline spark: no document could be analyzed");
        }
    }
}
