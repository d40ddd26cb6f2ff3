package dev.storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Pipes and FIFOs named on the command line, as {@code <(cmd)} and {@code mkfifo} make them, are read as streams. */
class PipeInputTest {

    @TempDir
    Path dir;

    @Test
    void aFifoNamedOnTheCommandLineIsReadAsAStream() throws Exception {
        Path fifo = dir.resolve("page");
        assumeTrue(InputWalkerTest.mkfifo(fifo), "mkfifo is not available");
        Thread writer = writeInto(fifo, "<html><body><p>From a pipe, " + "word ".repeat(20_000) + "</p></body></html>");
        CollectingSink sink = new CollectingSink();

        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new Ingester().ingest(List.of(fifo.toString()), InputStream.nullInputStream(), sink));
        writer.join();

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("page");
            assertThat(d.text()).startsWith("<html><body><p>From a pipe, word word");
        });
    }

    @Test
    void aJsonLinesFifoIsReadByItsExtension() throws Exception {
        Path fifo = dir.resolve("feed.jsonl");
        assumeTrue(InputWalkerTest.mkfifo(fifo), "mkfifo is not available");
        Thread writer = writeInto(fifo, "{\"id\":\"one\",\"text\":\"Body one.\"}\n{\"id\":\"two\",\"text\":\"Body two.\"}\n");
        CollectingSink sink = new CollectingSink();

        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new Ingester().ingest(List.of(fifo.toString()), InputStream.nullInputStream(), sink));
        writer.join();

        assertThat(sink.ids()).containsExactly("one", "two");
        assertThat(sink.skipped).isEmpty();
    }

    private static Thread writeInto(Path fifo, String content) {
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < bytes.length; i += 1000) {
                    out.write(bytes, i, Math.min(1000, bytes.length - i));
                    out.flush();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        return writer;
    }
}
