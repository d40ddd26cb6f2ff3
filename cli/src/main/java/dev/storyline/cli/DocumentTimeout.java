package dev.storyline.cli;

import dev.storyline.pipeline.Pipeline;

/**
 * The {@code --document-timeout SECONDS} option of {@code analyze}, {@code ingest} and {@code serve}, said once: its
 * default is the pipeline's ({@link Pipeline#DEFAULT_DOCUMENT_BUDGET}), checked against it by a test since an
 * annotation needs a constant.
 */
final class DocumentTimeout {

    /** {@link Pipeline#DEFAULT_DOCUMENT_BUDGET} in seconds. */
    static final long DEFAULT_SECONDS = 120;

    static final String DESCRIPTION = "Time budget per document, in seconds, for extracting and analyzing it; a "
            + "document over it is skipped with that reason and the run goes on (default: ${DEFAULT-VALUE}; 0 for none).";

    private DocumentTimeout() {
    }
}
