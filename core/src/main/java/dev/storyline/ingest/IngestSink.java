package dev.storyline.ingest;

import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

/** Receives what the ingest stage reads: documents, and inputs it had to skip. */
public interface IngestSink {

    void accept(RawDocument document);

    void skip(SkippedInput skipped);
}
