package dev.storyline.spark;

import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.SkippedInput;
import dev.storyline.pipeline.Pipeline;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages that need nothing but one document (ingest, extract, analyze), as a map over input files: each file
 * yields its documents, analyzed, and the reasons for what it skipped. It calls {@code core}'s classes unchanged. The
 * pipeline, with its models, is built once per executor JVM and shared by its tasks.
 */
final class DocumentStage {

    /** What one file yielded: an analyzed document, at its place in reading order, or a skipped input. */
    record Outcome(AnalyzedDocument document, long order, SkippedInput skipped) implements Serializable {
    }

    /** Positions within one input file: a file holds fewer documents than this. */
    static final long PER_FILE = 1L << 32;

    /**
     * The pipeline of each task thread. Its models are static in {@code core} ({@code OpenNlpModels}), loaded once per
     * executor JVM and shared; the stages around them keep scratch state, so each thread gets its own.
     */
    private static final ThreadLocal<Pipeline> PIPELINE = new ThreadLocal<>();

    private DocumentStage() {
    }

    /** This thread's pipeline, built on first use. */
    private static Pipeline pipeline() {
        Pipeline pipeline = PIPELINE.get();
        if (pipeline == null) {
            pipeline = Pipeline.standard();
            PIPELINE.set(pipeline);
        }
        return pipeline;
    }

    /** Reads one file and analyzes its documents; never throws for what the file holds. */
    static List<Outcome> read(InputFile file, long maxDocumentBytes, HadoopSettings hadoop) {
        Pipeline stages = pipeline();
        List<Outcome> outcomes = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        long[] position = {(long) file.index() * PER_FILE};
        IngestSink sink = IngestSink.of(raw -> {
            AnalyzedDocument analyzed = stages.analyze(raw, skipped);
            if (analyzed != null) {
                outcomes.add(new Outcome(analyzed, position[0], null));
            }
            position[0]++;
        }, skipped::add);
        Ingester ingester = new Ingester(maxDocumentBytes);
        if (!file.hadoop()) {
            ingester.ingest(new Ingester.FoundInput(file.path(), file.inDirectory()), sink);
        } else {
            Path path = new Path(file.path());
            try {
                FileSystem fs = path.getFileSystem(hadoop.configuration());
                try (FSDataInputStream in = fs.open(path)) {
                    ingester.ingest(file.path(), path.getName(), file.inDirectory(), in, sink);
                }
            } catch (IOException e) {
                skipped.add(new SkippedInput(file.path(), "could not be read: " + e.getMessage()));
            }
        }
        for (SkippedInput input : skipped) {
            outcomes.add(new Outcome(null, position[0], input));
        }
        return outcomes;
    }
}
