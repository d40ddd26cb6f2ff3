package dev.storyline.ingest;

import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class IngesterTest {

    @TempDir
    Path dir;

    private final List<RawDocument> documents = new ArrayList<>();
    private final List<SkippedInput> skipped = new ArrayList<>();
    private final IngestSink sink = IngestSink.of(documents::add, skipped::add);

    private void ingest(String... paths) {
        ingest(new ByteArrayInputStream(new byte[0]), paths);
    }

    private void ingest(InputStream stdin, String... paths) {
        new Ingester().ingest(List.of(paths), stdin, sink);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    @Test
    void readsDirectoriesRecursivelyInPathOrderWithTheFileNameAsId() throws IOException {
        write("a/first-story.txt", "Headline\n\nBody text.");
        write("a/b/second.html", "<html><body><p>Hello</p></body></html>");
        write("a/b/page.htm", "<p>Fragment</p>");

        ingest(dir.resolve("a").toString());

        assertThat(documents).extracting(RawDocument::id).containsExactly("page", "second", "first-story");
        assertThat(documents).extracting(RawDocument::mediaType).containsExactly(MediaType.HTML, MediaType.HTML, MediaType.TEXT);
        assertThat(documents.get(2).text()).isEqualTo("Headline\n\nBody text.");
        assertThat(skipped).isEmpty();
    }

    @Test
    void readsJsonLinesWithIdThenUrlThenLineAsId() throws IOException {
        Path feed = write("feed.jsonl", String.join("\n",
                "{\"id\":\"x1\",\"url\":\"https://news.example/a\",\"title\":\"T1\",\"published\":\"2026-04-14\",\"text\":\"Body one.\"}",
                "",
                "{\"url\":\"https://news.example/b\",\"html\":\"<p>Body two.</p>\"}",
                "{\"text\":\"Body three.\"}"));

        ingest(feed.toString());

        assertThat(documents).extracting(RawDocument::id)
                .containsExactly("x1", "https://news.example/b", feed + "#4");
        assertThat(documents.get(0).declared().title()).isEqualTo("T1");
        assertThat(documents.get(0).declared().published()).isEqualTo("2026-04-14");
        assertThat(documents.get(0).url()).isEqualTo("https://news.example/a");
        assertThat(documents.get(1).mediaType()).isEqualTo(MediaType.HTML);
        assertThat(documents.get(2).source()).isEqualTo(feed + "#4");
    }

    @Test
    void malformedJsonLineIsSkippedWithItsLineNumberAndTheRestIsRead() throws IOException {
        Path feed = write("feed.jsonl", "{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\": broken\n[1,2]\n{\"id\":\"empty\"}\n{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");

        ingest(feed.toString());

        assertThat(documents).extracting(RawDocument::id).containsExactly("ok", "ok2");
        assertThat(skipped).extracting(SkippedInput::source).containsExactly(feed + "#2", feed + "#3", feed + "#4");
        assertThat(skipped.get(0).reason()).startsWith("malformed JSON");
        assertThat(skipped.get(1).reason()).isEqualTo("not a JSON object");
        assertThat(skipped.get(2).reason()).contains("no \"text\" or \"html\" field");
    }

    @Test
    void readsHtmlResponsesOfWarcAndGzippedWarcWithTheTargetUriAsId() throws IOException {
        byte[] first = warcRecord("https://news.example/one", "text/html; charset=utf-8", "<html><body><p>One</p></body></html>");
        byte[] image = warcRecord("https://news.example/logo.png", "image/png", "PNG");
        byte[] second = warcRecord("https://news.example/two", "text/html", "<html><body><p>Two</p></body></html>");
        Path plain = write("crawl.warc", concat(first, image, second));
        Path gzipped = write("crawl.warc.gz", concat(gzip(first), gzip(image), gzip(second)));

        ingest(plain.toString(), gzipped.toString());

        assertThat(documents).extracting(RawDocument::id).containsExactly(
                "https://news.example/one", "https://news.example/two", "https://news.example/one", "https://news.example/two");
        assertThat(documents.get(0).text()).contains("<p>One</p>");
        assertThat(documents.get(0).fetched()).isNotNull();
        assertThat(skipped).isEmpty();
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheBreakAndReportsIt() throws IOException {
        byte[] first = gzip(warcRecord("https://news.example/one", "text/html", "<html><body><p>One</p></body></html>"));
        byte[] second = gzip(warcRecord("https://news.example/two", "text/html", "<html><body><p>" + "Two ".repeat(500) + "</p></body></html>"));
        Path truncated = write("broken.warc.gz", concat(first, Arrays.copyOf(second, second.length / 2)));

        ingest(truncated.toString());

        assertThat(documents).extracting(RawDocument::id).containsExactly("https://news.example/one");
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(truncated.toString());
            assertThat(s.reason()).contains("truncated or corrupt").contains("1 page(s) read before it were kept");
        });
    }

    @Test
    void badInputsAreSkippedWithAReasonAndTheRunGoesOn() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", "  \n\n ");
        Path binary = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path unsupported = write("corpus/notes.pdf", "%PDF-1.4");
        write("corpus/good.txt", "Headline\n\nA body paragraph.");
        Path missing = dir.resolve("missing.txt");

        ingest(empty.toString(), blank.toString(), binary.toString(), missing.toString(), dir.resolve("corpus").toString());

        assertThat(documents).extracting(RawDocument::id).containsExactly("good");
        assertThat(skipped).extracting(SkippedInput::source)
                .containsExactly(empty.toString(), blank.toString(), binary.toString(), missing.toString(), unsupported.toString());
        assertThat(skipped).extracting(SkippedInput::reason).containsExactly(
                "empty: no text in the input", "empty: no text in the input", "binary data, not a text or HTML page",
                "no such file or directory", "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)");
    }

    @Test
    void fileOverTheSizeLimitIsSkippedNotTruncated() throws IOException {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        for (int i = 80; i < big.length; i += 81) {
            big[i] = '\n';
        }
        Path file = write("huge.txt", big);

        ingest(file.toString());

        assertThat(documents).isEmpty();
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(file.toString());
            assertThat(s.reason()).startsWith("too large").contains("--max-bytes");
        });
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws IOException {
        byte[] latin = "Caf\u00e9 opens on the square.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("legacy.txt", latin);

        ingest(file.toString());

        assertThat(documents).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("Café opens on the square."));
    }

    @Test
    void readsStdinAndTellsHtmlFromText() {
        ingest(new ByteArrayInputStream("<!DOCTYPE html><html><body><p>From a pipe</p></body></html>".getBytes(StandardCharsets.UTF_8)), "-");

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("stdin");
            assertThat(d.source()).isEqualTo("stdin");
            assertThat(d.mediaType()).isEqualTo(MediaType.HTML);
        });
    }

    static byte[] warcRecord(String uri, String contentType, String body) {
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bodyBytes.length + "\r\n\r\n";
        byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), bodyBytes);
        String header = "WARC/1.0\r\n"
                + "WARC-Type: response\r\n"
                + "WARC-Target-URI: " + uri + "\r\n"
                + "WARC-Date: 2026-04-14T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
