package dev.storyline.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Inputs far larger inside than outside, written as a stream so that the test never holds them. */
final class Bombs {

    private Bombs() {
    }

    /** A gzipped WARC of one record whose WARC header holds a line of {@code lineBytes} bytes. */
    static Path warcHeaderBomb(Path file, long lineBytes) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 65536)) {
            out.write("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/".getBytes(StandardCharsets.ISO_8859_1));
            repeat(out, 'a', lineBytes);
            out.write("\r\nContent-Length: 0\r\n\r\n\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return file;
    }

    /**
     * A gzipped WARC whose first response record has an HTTP header line of {@code lineBytes} bytes, followed by a
     * good HTML response for {@code https://news.example/after}.
     */
    static Path httpHeaderBomb(Path file, long lineBytes) throws IOException {
        byte[] start = "HTTP/1.1 200 OK\r\nX-Padding: ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] end = "\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        long block = start.length + lineBytes + end.length;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 65536)) {
            out.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/bomb\r\n"
                    + "WARC-Date: 2026-04-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000bb>\r\n"
                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(start);
            repeat(out, 'b', lineBytes);
            out.write(end);
            out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        Files.write(file, IngesterTest.gzip(IngesterTest.warcRecord("https://news.example/after", "text/html",
                "<html><body><p>After the bomb</p></body></html>")), StandardOpenOption.APPEND);
        return file;
    }

    /** A file of {@code bytes} NUL bytes that takes no disk space (sparse), then {@code tail}. */
    static Path sparse(Path file, long bytes, String tail) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
            f.seek(bytes);
            f.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static void repeat(OutputStream out, char c, long count) throws IOException {
        byte[] chunk = new byte[65536];
        Arrays.fill(chunk, (byte) c);
        for (long left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
