package dev.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input format into {@link dev.storyline.model.RawDocument}s. */
public interface FormatReader {

    /**
     * Reads every document of one input.
     *
     * @param input  the input, of any size; the reader closes nothing
     * @param source the name of the input for ids and messages (a path or {@code stdin})
     * @param baseId the id of a single-document input: its file name without extension
     * @param sink   receives the documents, and the parts of the input that could not be read
     * @throws IOException when the input cannot be read at all
     */
    void read(InputStream input, String source, String baseId, IngestSink sink) throws IOException;
}
