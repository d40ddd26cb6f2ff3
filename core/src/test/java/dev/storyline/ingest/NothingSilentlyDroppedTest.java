package dev.storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.storyline.ingest.IngesterTest.concat;
import static dev.storyline.ingest.IngesterTest.gzip;
import static dev.storyline.ingest.IngesterTest.warcRecord;
import static org.assertj.core.api.Assertions.assertThat;

/** Inputs that give no document are named with the true reason, never dropped without a word. */
class NothingSilentlyDroppedTest {

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    private void ingest(Path... paths) {
        new Ingester().ingest(Arrays.stream(paths).map(Path::toString).toList(), InputStream.nullInputStream(), sink);
    }

    @Test
    void aWarcWithoutHtmlResponsesIsReportedWithTheKindsOfItsRecords() throws IOException {
        byte[] request = ("WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://news.example/logo.png\r\n"
                + "WARC-Date: 2026-04-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http; msgtype=request\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] image = warcRecord("https://news.example/logo.png", "image/png", "PNG");
        byte[] gone = warcRecord("https://news.example/gone", "text/html", "<html><body>Gone</body></html>");
        String notFound = new String(gone, StandardCharsets.ISO_8859_1).replace("HTTP/1.1 200 OK", "HTTP/1.1 404 No");
        Path warc = Files.write(dir.resolve("images.warc.gz"),
                concat(gzip(request), gzip(image), gzip(notFound.getBytes(StandardCharsets.ISO_8859_1))));
        Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);

        ingest(warc, empty);

        assertThat(sink.documents).isEmpty();
        assertThat(sink.reason(warc)).isEqualTo("no HTML response records with status 200 (3 record(s): 1 request, "
                + "1 response (image/png), 1 response (text/html, status 404))");
        assertThat(sink.reason(empty)).isEqualTo("empty: no WARC records in the file");
    }

    @Test
    void aWarcWithAPageAndOtherRecordsReportsNothing() throws IOException {
        Path warc = Files.write(dir.resolve("crawl.warc"), concat(
                warcRecord("https://news.example/logo.png", "image/png", "PNG"),
                warcRecord("https://news.example/one", "text/html", "<html><body><p>One</p></body></html>")));

        ingest(warc);

        assertThat(sink.ids()).containsExactly("https://news.example/one");
        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void aJsonLineThatIsNotUtf8IsSkippedWithTheBadBytesPositionAndTheOtherLinesAreRead() throws IOException {
        byte[] latin1 = "{\"id\":\"cafe\",\"text\":\"Caf\u00e9 opens.\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path feed = Files.write(dir.resolve("feed.jsonl"), concat(
                "{\"id\":\"ok\",\"text\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8),
                latin1, "\r\n".getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"ok2\",\"text\":\"Caf\u00e9 is fine in UTF-8.\"}".getBytes(StandardCharsets.UTF_8)));

        ingest(feed);

        assertThat(sink.ids()).containsExactly("ok", "ok2");
        assertThat(sink.documents.get(1).text()).isEqualTo("Caf\u00e9 is fine in UTF-8.");
        assertThat(sink.reason(feed + "#2")).isEqualTo("invalid UTF-8 at byte 25 of line 2 (JSON Lines must be UTF-8; "
                + "the other lines are read)");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstJsonLineIsNotAnError() throws IOException {
        Path feed = Files.write(dir.resolve("feed.jsonl"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"id\":\"ok\",\"text\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8)));

        ingest(feed);

        assertThat(sink.ids()).containsExactly("ok");
        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void everyEntryReportedWhileWalkingCountsAsAnInputForProgress() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "A page.");
        Files.createSymbolicLink(corpus.resolve("broken.txt"), dir.resolve("nowhere"));
        Ingester ingester = new Ingester();
        List<String> done = new ArrayList<>();

        ingester.ingest(List.of(corpus.toString()), InputStream.nullInputStream(), sink, done::add);

        assertThat(done).hasSize(ingester.countInputs(List.of(corpus.toString()))).hasSize(2);
    }
}
