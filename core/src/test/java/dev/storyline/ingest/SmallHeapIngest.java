package dev.storyline.ingest;

import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

import java.io.InputStream;
import java.util.List;

/**
 * The child JVM of {@link OutOfMemoryTest}, run with a small heap: ingests {@code args[0]} with the default document
 * limit and {@code args[1]} with a limit of 1 GiB (so that reading runs out of memory before the limit is reached),
 * and prints one line per document ({@code document ID}) and per skipped input ({@code skipped SOURCE<TAB>REASON}).
 */
public final class SmallHeapIngest {

    private SmallHeapIngest() {
    }

    public static void main(String[] args) {
        IngestSink printer = new IngestSink() {
            @Override
            public void accept(RawDocument document) {
                System.out.println("document " + document.id());
            }

            @Override
            public void skip(SkippedInput input) {
                System.out.println("skipped " + input.source() + "\t" + input.reason());
            }
        };
        new Ingester().ingest(List.of(args[0]), InputStream.nullInputStream(), printer);
        new Ingester(1L << 30).ingest(List.of(args[1]), InputStream.nullInputStream(), printer);
        System.out.println("done");
    }
}
