package dev.storyline.ingest;

import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What the sink throws is the sink's failure: it stops the ingest and is never recorded against an input. */
class SinkFailureTest {

    @TempDir
    Path dir;

    /** A sink whose store fails on the first document, like a full disk. */
    private static final class FailingSink implements IngestSink {
        final RuntimeException failure = new IllegalStateException("no space left on device");
        final List<SkippedInput> skipped = new ArrayList<>();

        @Override
        public void accept(RawDocument document) {
            throw failure;
        }

        @Override
        public void skip(SkippedInput input) {
            skipped.add(input);
        }
    }

    @Test
    void anExceptionFromTheSinkPropagatesUnchangedForEveryFormatAndNoInputIsSkipped() throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), "Headline\n\nA body paragraph.");
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"x\",\"text\":\"Body.\"}\n");
        Path warc = Files.write(dir.resolve("crawl.warc.gz"), IngesterTest.gzip(
                IngesterTest.warcRecord("https://news.example/one", "text/html", "<html><body><p>One</p></body></html>")));

        for (Path input : List.of(page, feed, warc)) {
            FailingSink sink = new FailingSink();
            Path next = Files.writeString(dir.resolve("next.txt"), "Another page.");

            Throwable thrown = catchThrowable(() -> new Ingester().ingest(List.of(input.toString(), next.toString()),
                    InputStream.nullInputStream(), sink));

            assertThat(thrown).as(input.toString()).isSameAs(sink.failure);
            assertThat(sink.skipped).as(input.toString()).isEmpty();
        }
    }

    @Test
    void anErrorFromTheSinkIsNotTakenForTheInputRunningOutOfMemory() throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), "Headline\n\nA body paragraph.");
        OutOfMemoryError error = new OutOfMemoryError("the sink's own");
        List<SkippedInput> skipped = new ArrayList<>();
        IngestSink sink = new IngestSink() {
            @Override
            public void accept(RawDocument document) {
                throw error;
            }

            @Override
            public void skip(SkippedInput input) {
                skipped.add(input);
            }
        };

        Throwable thrown = catchThrowable(() -> new Ingester().ingest(List.of(page.toString()), InputStream.nullInputStream(), sink));

        assertThat(thrown).isSameAs(error);
        assertThat(skipped).isEmpty();
    }
}
