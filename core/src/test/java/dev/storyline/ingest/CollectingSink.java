package dev.storyline.ingest;

import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

import java.util.ArrayList;
import java.util.List;

/** A sink for tests: keeps what it is sent, in order. */
final class CollectingSink implements IngestSink {

    final List<RawDocument> documents = new ArrayList<>();
    final List<SkippedInput> skipped = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
        documents.add(document);
    }

    @Override
    public void skip(SkippedInput input) {
        skipped.add(input);
    }

    List<String> ids() {
        return documents.stream().map(RawDocument::id).toList();
    }

    /** The reason {@code source} was skipped; fails when it was not. */
    String reason(Object source) {
        return skipped.stream().filter(s -> s.source().equals(source.toString())).map(SkippedInput::reason)
                .findFirst().orElseThrow(() -> new AssertionError(source + " was not skipped; skipped: " + skipped));
    }
}
