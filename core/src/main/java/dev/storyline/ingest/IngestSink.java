package dev.storyline.ingest;

import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

import java.util.function.Consumer;

/**
 * Receives what the ingest stage reads: documents, and inputs it had to skip.
 *
 * <p>An exception thrown by the sink is the sink's failure, not the input's: {@link Ingester#ingest} lets it
 * propagate unchanged and stops, rather than recording it against the input being read.
 */
public interface IngestSink {

    void accept(RawDocument document);

    void skip(SkippedInput skipped);

    /**
     * Called when the ingest stage starts on {@code source} (a file, a directory, stdin, or an entry it will report
     * as skipped), before anything about it or its parts ({@code source#...}) is sent. Sinks that remember what
     * earlier runs said about a source use it to forget that; the default does nothing.
     */
    default void inputStarted(String source) {
    }

    /** A sink that hands documents to {@code documents} and skipped inputs to {@code skipped}. */
    static IngestSink of(Consumer<RawDocument> documents, Consumer<SkippedInput> skipped) {
        return new IngestSink() {
            @Override
            public void accept(RawDocument document) {
                documents.accept(document);
            }

            @Override
            public void skip(SkippedInput input) {
                skipped.accept(input);
            }
        };
    }
}
