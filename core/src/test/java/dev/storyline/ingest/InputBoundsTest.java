package dev.storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines and headers are bounded while they are read: what exceeds the bound is skipped, and reading goes on. */
class InputBoundsTest {

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void aJsonLineOverTheLimitIsSkippedAndTheNextLineIsRead() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"one\",\"text\":\"Body one.\"}\n"
                + "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}\n"
                + "{\"id\":\"two\",\"text\":\"Body two.\"}\n");

        new Ingester(1000).ingest(List.of(feed.toString()), InputStream.nullInputStream(), sink);

        assertThat(sink.ids()).containsExactly("one", "two");
        assertThat(sink.reason(feed + "#2")).isEqualTo("too large: line 2 is longer than 1000 bytes "
                + "(the limit for one document; raise it with --max-bytes)");
    }

    @Test
    void aWarcHeaderOverTheBoundEndsThatFileAndTheNextFileIsRead() throws IOException {
        Path bomb = Bombs.warcHeaderBomb(dir.resolve("bomb.warc.gz"), 2L * WarcFileReader.MAX_WARC_HEADER_BYTES);
        Path good = Files.write(dir.resolve("good.warc.gz"), IngesterTest.gzip(IngesterTest.warcRecord(
                "https://news.example/good", "text/html", "<html><body><p>Good</p></body></html>")));

        new Ingester().ingest(List.of(bomb.toString(), good.toString()), InputStream.nullInputStream(), sink);

        assertThat(sink.ids()).containsExactly("https://news.example/good");
        assertThat(sink.reason(bomb)).isEqualTo("WARC record 1 has a header larger than 1048576 bytes (a corrupt or "
                + "hostile file): the rest of the file was not read; 0 page(s) read before it were kept");
    }

    @Test
    void anHttpHeaderOverTheBoundSkipsItsRecordAndTheNextRecordIsRead() throws IOException {
        Path warc = Bombs.httpHeaderBomb(dir.resolve("crawl.warc.gz"), 2L * WarcFileReader.MAX_HTTP_HEADER_BYTES);

        new Ingester().ingest(List.of(warc.toString()), InputStream.nullInputStream(), sink);

        assertThat(sink.ids()).containsExactly("https://news.example/after");
        assertThat(sink.reason(warc + "#record-1")).isEqualTo("HTTP header larger than 1048576 bytes "
                + "(a corrupt or hostile record); the other records are read");
    }

    @Test
    void aGzippedWarcThatIsNotGzipAfterItsFirstMemberIsReportedNotCutShort() throws IOException {
        byte[] first = IngesterTest.gzip(IngesterTest.warcRecord("https://news.example/one", "text/html",
                "<html><body><p>One</p></body></html>"));
        Path warc = Files.write(dir.resolve("crawl.warc.gz"), IngesterTest.concat(first, "garbage".getBytes()));

        new Ingester().ingest(List.of(warc.toString()), InputStream.nullInputStream(), sink);

        assertThat(sink.ids()).containsExactly("https://news.example/one");
        assertThat(sink.reason(warc)).contains("truncated or corrupt").contains("not gzip data where member 2 should start");
    }
}
